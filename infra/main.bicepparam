// Parameters for `az deployment group create --parameters infra/main.bicepparam` (docs/deploy.md).
// Values come from the environment so that one file serves every environment; the sender address
// has no default on purpose, so a deployment without it fails here rather than at the app's start.
// Secrets are not read here: put them into Key Vault with `az keyvault secret set`. Other
// parameters (instanceMemoryMB, holidays, the schedule, ...) keep their defaults or are overridden
// on the command line. The alert address has no default either: infrastructure nobody watches is
// not finished.
using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'prod')
param operatorPrincipalId = readEnvironmentVariable('FOLLOWUP_OPERATOR_PRINCIPAL_ID', '')
param operatorPrincipalType = readEnvironmentVariable('FOLLOWUP_OPERATOR_PRINCIPAL_TYPE', 'User')
param maximumInstanceCount = int(readEnvironmentVariable('FOLLOWUP_MAXIMUM_INSTANCE_COUNT', '10'))
param scanShards = int(readEnvironmentVariable('FOLLOWUP_SCAN_SHARDS', '0'))
param alertEmailAddress = readEnvironmentVariable('FOLLOWUP_ALERT_EMAIL')
param zoneRedundantStorage = bool(readEnvironmentVariable('FOLLOWUP_ZONE_REDUNDANT_STORAGE', 'true'))
param lockStorageAccount = bool(readEnvironmentVariable('FOLLOWUP_LOCK_STORAGE_ACCOUNT', 'true'))
param publicBaseUrl = readEnvironmentVariable('FOLLOWUP_PUBLIC_BASE_URL', '')
param frontDoorId = readEnvironmentVariable('FOLLOWUP_FRONT_DOOR_ID', '')
param signInClientId = readEnvironmentVariable('FOLLOWUP_SIGN_IN_CLIENT_ID', '')
param signInClientSecretName = readEnvironmentVariable('FOLLOWUP_SIGN_IN_CLIENT_SECRET_NAME', '')
param tablePrefix = readEnvironmentVariable('FOLLOWUP_TABLE_PREFIX', 'FollowUp')
param backupRetentionDays = int(readEnvironmentVariable('FOLLOWUP_BACKUP_RETENTION_DAYS', '35'))
param emailFromAddress = readEnvironmentVariable('FOLLOWUP_EMAIL_FROM_ADDRESS')
param emailFromName = readEnvironmentVariable('FOLLOWUP_EMAIL_FROM_NAME', 'FollowUp')
param emailReplyToAddress = readEnvironmentVariable('FOLLOWUP_EMAIL_REPLY_TO_ADDRESS', '')
param emailSandboxMode = bool(readEnvironmentVariable('FOLLOWUP_EMAIL_SANDBOX_MODE', 'false'))
param emailDataResidency = readEnvironmentVariable('FOLLOWUP_EMAIL_DATA_RESIDENCY', 'global')
param escalationCc = readEnvironmentVariable('FOLLOWUP_ESCALATION_CC', '')
param defaultTimeZone = readEnvironmentVariable('FOLLOWUP_DEFAULT_TIME_ZONE', 'UTC')
param signingKeyId = readEnvironmentVariable('FOLLOWUP_SIGNING_KEY_ID', 'key1')
param previousSigningKeyId = readEnvironmentVariable('FOLLOWUP_PREVIOUS_SIGNING_KEY_ID', '')
