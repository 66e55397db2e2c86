// Shapes of structured parameters, shared by main.bicep and the modules that take them.

@export()
@description('A date on which no digest goes out to owners in the given time zone (FollowUp:Reminders:Holidays).')
type holiday = {
  @description('Required. Time zone id (IANA, e.g. Europe/Brussels) whose owners observe the holiday.')
  timeZone: string

  @description('Required. The local calendar date, yyyy-MM-dd.')
  date: string
}
