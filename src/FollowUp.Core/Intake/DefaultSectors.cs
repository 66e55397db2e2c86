using FollowUp.Core.Configuration;

namespace FollowUp.Core.Intake;

/// <summary>The sectors intergovernmental commissions usually agree on, used when <see cref="IntakeOptions.Sectors"/> is empty.</summary>
public static class DefaultSectors
{
    public static IReadOnlyList<IntakeSector> All { get; } =
    [
        Sector("trade", "trade", "trade agreement", "tariff", "export", "import", "commerce", "commercial", "market access", "exhibition", "trade fair", "business forum", "business council", "chambers of commerce", "turnover", "goods"),
        Sector("investment", "investment", "investor", "joint venture", "economic zone", "industrial zone", "industrial park"),
        Sector("customs", "customs", "electronic data interchange", "border crossing", "single window", "transit of goods"),
        Sector("defence", "defence", "defense", "military", "armed forces", "defence industry", "defence production", "defence equipment", "weapons"),
        Sector("energy", "energy", "gas", "oil", "pipeline", "electricity", "power plant", "power transmission", "hydropower", "renewable", "solar", "wind power", "LNG", "petroleum", "refinery", "grid"),
        Sector("mining", "mining", "minerals", "mineral", "mines", "gemstones"),
        Sector("agriculture", "agriculture", "agricultural", "farm", "farming", "cotton", "grain", "seed", "livestock", "food security", "fisheries", "horticulture", "irrigation", "veterinary", "phytosanitary"),
        Sector("health", "health", "health care", "healthcare", "medical", "medicine", "pharmaceutical", "hospital", "diagnostics", "vaccine", "public health"),
        Sector("education", "education", "university", "universities", "scholarship", "student", "academic", "school", "vocational"),
        Sector("transport", "transport", "railway", "rail", "road", "highway", "aviation", "flight", "airline", "logistics", "corridor", "port", "shipping", "freight", "connectivity"),
        Sector("water", "water", "river", "flood", "dam", "reservoir"),
        Sector("culture", "culture", "cultural", "heritage", "film", "arts", "museum", "media", "youth", "sport"),
        Sector("tourism", "tourism", "tourist", "visa", "pilgrim"),
        Sector("science-technology", "science", "technology", "innovation", "digital", "ICT", "information technology", "telecommunication", "space", "artificial intelligence"),
        Sector("finance", "finance", "financial", "banking", "bank", "currency", "payment", "insurance", "taxation", "double taxation"),
        Sector("disaster", "disaster", "earthquake", "earthquake-resistant", "emergency response", "rescue", "relief"),
        Sector("environment", "environment", "climate", "emission", "ecology", "forestry"),
        Sector("security", "security", "terrorism", "counter-terrorism", "police", "narcotics", "drug trafficking", "border management", "extradition", "legal assistance"),
        Sector("governance", "session", "working group", "joint working group", "sub-commission", "subcommission", "task force", "steering committee", "secretariat", "consultations", "mechanism"),
    ];

    private static IntakeSector Sector(string name, params string[] keywords) => new() { Name = name, Keywords = [.. keywords] };
}
