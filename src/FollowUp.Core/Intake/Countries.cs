namespace FollowUp.Core.Intake;

/// <summary>
/// The countries the intake recognises as parties, with their adjectives, and the time zone of the
/// capital: a proposal for each owner's zone that the secretariat checks when it fills in the ministry.
/// </summary>
public static class Countries
{
    public static IReadOnlyList<Country> All { get; } =
    [
        New("Pakistan", "Asia/Karachi", "Pakistan", "Pakistani"),
        New("Azerbaijan", "Asia/Baku", "Azerbaijan", "Azerbaijani", "Azeri"),
        New("Türkiye", "Europe/Istanbul", "Türkiye", "Turkiye", "Turkey", "Turkish"),
        New("India", "Asia/Kolkata", "India", "Indian"),
        New("Bangladesh", "Asia/Dhaka", "Bangladesh", "Bangladeshi"),
        New("Kazakhstan", "Asia/Almaty", "Kazakhstan", "Kazakh", "Kazakhstani"),
        New("Uzbekistan", "Asia/Tashkent", "Uzbekistan", "Uzbek"),
        New("Kyrgyzstan", "Asia/Bishkek", "Kyrgyzstan", "Kyrgyz", "Kyrgyz Republic"),
        New("Tajikistan", "Asia/Dushanbe", "Tajikistan", "Tajik"),
        New("Turkmenistan", "Asia/Ashgabat", "Turkmenistan", "Turkmen"),
        New("Afghanistan", "Asia/Kabul", "Afghanistan", "Afghan"),
        New("Iran", "Asia/Tehran", "Iran", "Iranian"),
        New("Georgia", "Asia/Tbilisi", "Georgia", "Georgian"),
        New("Russia", "Europe/Moscow", "Russia", "Russian Federation", "Russian"),
        New("China", "Asia/Shanghai", "China", "Chinese"),
        New("Sri Lanka", "Asia/Colombo", "Sri Lanka", "Sri Lankan"),
        New("Nepal", "Asia/Kathmandu", "Nepal", "Nepalese", "Nepali"),
        New("Bhutan", "Asia/Thimphu", "Bhutan", "Bhutanese"),
        New("Maldives", "Indian/Maldives", "Maldives", "Maldivian"),
        New("Saudi Arabia", "Asia/Riyadh", "Saudi Arabia", "Saudi"),
        New("United Arab Emirates", "Asia/Dubai", "United Arab Emirates", "UAE", "Emirati"),
        New("Qatar", "Asia/Qatar", "Qatar", "Qatari"),
        New("Oman", "Asia/Muscat", "Oman", "Omani"),
        New("Egypt", "Africa/Cairo", "Egypt", "Egyptian"),
        New("Malaysia", "Asia/Kuala_Lumpur", "Malaysia", "Malaysian"),
        New("Indonesia", "Asia/Jakarta", "Indonesia", "Indonesian"),
        New("Ukraine", "Europe/Kyiv", "Ukraine", "Ukrainian"),
        New("Belarus", "Europe/Minsk", "Belarus", "Belarusian"),
        New("Hungary", "Europe/Budapest", "Hungary", "Hungarian"),
        New("Poland", "Europe/Warsaw", "Poland", "Polish"),
        New("Romania", "Europe/Bucharest", "Romania", "Romanian"),
        New("Serbia", "Europe/Belgrade", "Serbia", "Serbian"),
        New("Italy", "Europe/Rome", "Italy", "Italian"),
        New("Germany", "Europe/Berlin", "Germany", "German"),
        New("France", "Europe/Paris", "France", "French"),
        New("United Kingdom", "Europe/London", "United Kingdom", "UK", "British"),
        New("Japan", "Asia/Tokyo", "Japan", "Japanese"),
        New("South Korea", "Asia/Seoul", "South Korea", "Republic of Korea", "Korean"),
    ];

    private static Country New(string name, string timeZone, params string[] names) => new(name, timeZone, names);
}
