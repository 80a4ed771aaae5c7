export const id = 517;
export const ids = [517];
export const modules = {

/***/ 30:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
__webpack_unused_export__ = ({ value: true });
exports.w = void 0;
/**
 * Holds the singleton operationRequestMap, to be shared across CJS and ESM imports.
 */
exports.w = {
    operationRequestMap: new WeakMap(),
};
//# sourceMappingURL=state-cjs.js.map

/***/ }),

/***/ 6517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ContainerAppsAPIClient: () => (/* reexport */ ContainerAppsAPIClient),
  KnownAccessMode: () => (/* reexport */ KnownAccessMode),
  KnownAction: () => (/* reexport */ KnownAction),
  KnownActiveRevisionsMode: () => (/* reexport */ KnownActiveRevisionsMode),
  KnownAffinity: () => (/* reexport */ KnownAffinity),
  KnownAppProtocol: () => (/* reexport */ KnownAppProtocol),
  KnownApplicability: () => (/* reexport */ KnownApplicability),
  KnownBindingType: () => (/* reexport */ KnownBindingType),
  KnownCertificateProvisioningState: () => (/* reexport */ KnownCertificateProvisioningState),
  KnownCheckNameAvailabilityReason: () => (/* reexport */ KnownCheckNameAvailabilityReason),
  KnownConnectedEnvironmentProvisioningState: () => (/* reexport */ KnownConnectedEnvironmentProvisioningState),
  KnownConnectedEnvironmentStorageProvisioningState: () => (/* reexport */ KnownConnectedEnvironmentStorageProvisioningState),
  KnownContainerAppContainerRunningState: () => (/* reexport */ KnownContainerAppContainerRunningState),
  KnownContainerAppProvisioningState: () => (/* reexport */ KnownContainerAppProvisioningState),
  KnownContainerAppReplicaRunningState: () => (/* reexport */ KnownContainerAppReplicaRunningState),
  KnownContainerAppRunningStatus: () => (/* reexport */ KnownContainerAppRunningStatus),
  KnownContainerType: () => (/* reexport */ KnownContainerType),
  KnownCreatedByType: () => (/* reexport */ KnownCreatedByType),
  KnownDaprComponentProvisioningState: () => (/* reexport */ KnownDaprComponentProvisioningState),
  KnownEnvironmentProvisioningState: () => (/* reexport */ KnownEnvironmentProvisioningState),
  KnownExtendedLocationTypes: () => (/* reexport */ KnownExtendedLocationTypes),
  KnownHttpRouteProvisioningState: () => (/* reexport */ KnownHttpRouteProvisioningState),
  KnownIdentitySettingsLifeCycle: () => (/* reexport */ KnownIdentitySettingsLifeCycle),
  KnownIngressClientCertificateMode: () => (/* reexport */ KnownIngressClientCertificateMode),
  KnownIngressTransportMethod: () => (/* reexport */ KnownIngressTransportMethod),
  KnownJavaComponentProvisioningState: () => (/* reexport */ KnownJavaComponentProvisioningState),
  KnownJavaComponentType: () => (/* reexport */ KnownJavaComponentType),
  KnownJobExecutionRunningState: () => (/* reexport */ KnownJobExecutionRunningState),
  KnownJobProvisioningState: () => (/* reexport */ KnownJobProvisioningState),
  KnownKind: () => (/* reexport */ KnownKind),
  KnownLifecycleType: () => (/* reexport */ KnownLifecycleType),
  KnownLogLevel: () => (/* reexport */ KnownLogLevel),
  KnownManagedCertificateDomainControlValidation: () => (/* reexport */ KnownManagedCertificateDomainControlValidation),
  KnownManagedServiceIdentityType: () => (/* reexport */ KnownManagedServiceIdentityType),
  KnownPoolManagementType: () => (/* reexport */ KnownPoolManagementType),
  KnownPrivateEndpointConnectionProvisioningState: () => (/* reexport */ KnownPrivateEndpointConnectionProvisioningState),
  KnownPrivateEndpointServiceConnectionStatus: () => (/* reexport */ KnownPrivateEndpointServiceConnectionStatus),
  KnownPublicNetworkAccess: () => (/* reexport */ KnownPublicNetworkAccess),
  KnownRevisionHealthState: () => (/* reexport */ KnownRevisionHealthState),
  KnownRevisionProvisioningState: () => (/* reexport */ KnownRevisionProvisioningState),
  KnownRevisionRunningState: () => (/* reexport */ KnownRevisionRunningState),
  KnownScheme: () => (/* reexport */ KnownScheme),
  KnownSessionNetworkStatus: () => (/* reexport */ KnownSessionNetworkStatus),
  KnownSessionPoolProvisioningState: () => (/* reexport */ KnownSessionPoolProvisioningState),
  KnownSourceControlOperationState: () => (/* reexport */ KnownSourceControlOperationState),
  KnownStorageType: () => (/* reexport */ KnownStorageType),
  KnownTriggerType: () => (/* reexport */ KnownTriggerType),
  KnownType: () => (/* reexport */ KnownType),
  KnownWorkflowKind: () => (/* reexport */ KnownWorkflowKind),
  KnownWorkflowState: () => (/* reexport */ KnownWorkflowState),
  getContinuationToken: () => (/* reexport */ getContinuationToken)
});

// NAMESPACE OBJECT: ./node_modules/@azure/arm-appcontainers/dist/esm/models/mappers.js
var mappers_namespaceObject = {};
__webpack_require__.r(mappers_namespaceObject);
__webpack_require__.d(mappers_namespaceObject, {
  AllowedAudiencesValidation: () => (AllowedAudiencesValidation),
  AllowedPrincipals: () => (AllowedPrincipals),
  AppLogsConfiguration: () => (AppLogsConfiguration),
  AppRegistration: () => (AppRegistration),
  Apple: () => (Apple),
  AppleRegistration: () => (AppleRegistration),
  AuthConfig: () => (AuthConfig),
  AuthConfigCollection: () => (AuthConfigCollection),
  AuthPlatform: () => (AuthPlatform),
  AvailableOperations: () => (AvailableOperations),
  AvailableWorkloadProfile: () => (AvailableWorkloadProfile),
  AvailableWorkloadProfileProperties: () => (AvailableWorkloadProfileProperties),
  AvailableWorkloadProfilesCollection: () => (AvailableWorkloadProfilesCollection),
  AzureActiveDirectory: () => (AzureActiveDirectory),
  AzureActiveDirectoryLogin: () => (AzureActiveDirectoryLogin),
  AzureActiveDirectoryRegistration: () => (AzureActiveDirectoryRegistration),
  AzureActiveDirectoryValidation: () => (AzureActiveDirectoryValidation),
  AzureCredentials: () => (AzureCredentials),
  AzureFileProperties: () => (AzureFileProperties),
  AzureStaticWebApps: () => (AzureStaticWebApps),
  AzureStaticWebAppsRegistration: () => (AzureStaticWebAppsRegistration),
  BaseContainer: () => (BaseContainer),
  BillingMeter: () => (BillingMeter),
  BillingMeterCollection: () => (BillingMeterCollection),
  BillingMeterProperties: () => (BillingMeterProperties),
  BlobStorageTokenStore: () => (BlobStorageTokenStore),
  Certificate: () => (Certificate),
  CertificateCollection: () => (CertificateCollection),
  CertificateKeyVaultProperties: () => (CertificateKeyVaultProperties),
  CertificatePatch: () => (CertificatePatch),
  CertificateProperties: () => (CertificateProperties),
  CheckNameAvailabilityRequest: () => (CheckNameAvailabilityRequest),
  CheckNameAvailabilityResponse: () => (CheckNameAvailabilityResponse),
  ClientRegistration: () => (ClientRegistration),
  Configuration: () => (Configuration),
  ConnectedEnvironment: () => (ConnectedEnvironment),
  ConnectedEnvironmentCollection: () => (ConnectedEnvironmentCollection),
  ConnectedEnvironmentPatchResource: () => (ConnectedEnvironmentPatchResource),
  ConnectedEnvironmentStorage: () => (ConnectedEnvironmentStorage),
  ConnectedEnvironmentStorageProperties: () => (ConnectedEnvironmentStorageProperties),
  ConnectedEnvironmentStoragesCollection: () => (ConnectedEnvironmentStoragesCollection),
  ConnectedEnvironmentsCertificatesCreateOrUpdateHeaders: () => (ConnectedEnvironmentsCertificatesCreateOrUpdateHeaders),
  ConnectedEnvironmentsCertificatesDeleteHeaders: () => (ConnectedEnvironmentsCertificatesDeleteHeaders),
  ConnectedEnvironmentsCertificatesUpdateHeaders: () => (ConnectedEnvironmentsCertificatesUpdateHeaders),
  ConnectedEnvironmentsCreateOrUpdateHeaders: () => (ConnectedEnvironmentsCreateOrUpdateHeaders),
  ConnectedEnvironmentsDaprComponentsCreateOrUpdateHeaders: () => (ConnectedEnvironmentsDaprComponentsCreateOrUpdateHeaders),
  ConnectedEnvironmentsDaprComponentsDeleteHeaders: () => (ConnectedEnvironmentsDaprComponentsDeleteHeaders),
  ConnectedEnvironmentsDeleteHeaders: () => (ConnectedEnvironmentsDeleteHeaders),
  ConnectedEnvironmentsStoragesCreateOrUpdateHeaders: () => (ConnectedEnvironmentsStoragesCreateOrUpdateHeaders),
  ConnectedEnvironmentsStoragesDeleteHeaders: () => (ConnectedEnvironmentsStoragesDeleteHeaders),
  Container: () => (Container),
  ContainerApp: () => (ContainerApp),
  ContainerAppAuthToken: () => (ContainerAppAuthToken),
  ContainerAppCollection: () => (ContainerAppCollection),
  ContainerAppJobExecutions: () => (ContainerAppJobExecutions),
  ContainerAppProbe: () => (ContainerAppProbe),
  ContainerAppProbeHttpGet: () => (ContainerAppProbeHttpGet),
  ContainerAppProbeHttpGetHttpHeadersItem: () => (ContainerAppProbeHttpGetHttpHeadersItem),
  ContainerAppProbeTcpSocket: () => (ContainerAppProbeTcpSocket),
  ContainerAppSecret: () => (ContainerAppSecret),
  ContainerAppsDeleteHeaders: () => (ContainerAppsDeleteHeaders),
  ContainerAppsSessionPoolsDeleteHeaders: () => (ContainerAppsSessionPoolsDeleteHeaders),
  ContainerAppsSessionPoolsUpdateHeaders: () => (ContainerAppsSessionPoolsUpdateHeaders),
  ContainerAppsStartHeaders: () => (ContainerAppsStartHeaders),
  ContainerAppsStopHeaders: () => (ContainerAppsStopHeaders),
  ContainerAppsUpdateHeaders: () => (ContainerAppsUpdateHeaders),
  ContainerResources: () => (ContainerResources),
  CookieExpiration: () => (CookieExpiration),
  CorsPolicy: () => (CorsPolicy),
  CustomContainerTemplate: () => (CustomContainerTemplate),
  CustomDomain: () => (CustomDomain),
  CustomDomainConfiguration: () => (CustomDomainConfiguration),
  CustomHostnameAnalysisResult: () => (CustomHostnameAnalysisResult),
  CustomHostnameAnalysisResultCustomDomainVerificationFailureInfo: () => (CustomHostnameAnalysisResultCustomDomainVerificationFailureInfo),
  CustomHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItem: () => (CustomHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItem),
  CustomOpenIdConnectProvider: () => (CustomOpenIdConnectProvider),
  CustomScaleRule: () => (CustomScaleRule),
  Dapr: () => (Dapr),
  DaprAppHealth: () => (DaprAppHealth),
  DaprComponent: () => (DaprComponent),
  DaprComponentsCollection: () => (DaprComponentsCollection),
  DaprConfiguration: () => (DaprConfiguration),
  DaprMetadata: () => (DaprMetadata),
  DaprSecret: () => (DaprSecret),
  DaprSecretsCollection: () => (DaprSecretsCollection),
  DefaultAuthorizationPolicy: () => (DefaultAuthorizationPolicy),
  DefaultErrorResponse: () => (DefaultErrorResponse),
  DefaultErrorResponseError: () => (DefaultErrorResponseError),
  DefaultErrorResponseErrorDetailsItem: () => (DefaultErrorResponseErrorDetailsItem),
  DiagnosticDataProviderMetadata: () => (DiagnosticDataProviderMetadata),
  DiagnosticDataProviderMetadataPropertyBagItem: () => (DiagnosticDataProviderMetadataPropertyBagItem),
  DiagnosticDataTableResponseColumn: () => (DiagnosticDataTableResponseColumn),
  DiagnosticDataTableResponseObject: () => (DiagnosticDataTableResponseObject),
  DiagnosticRendering: () => (DiagnosticRendering),
  DiagnosticSupportTopic: () => (DiagnosticSupportTopic),
  Diagnostics: () => (Diagnostics),
  DiagnosticsCollection: () => (DiagnosticsCollection),
  DiagnosticsDataApiResponse: () => (DiagnosticsDataApiResponse),
  DiagnosticsDefinition: () => (DiagnosticsDefinition),
  DiagnosticsProperties: () => (DiagnosticsProperties),
  DiagnosticsStatus: () => (DiagnosticsStatus),
  DynamicPoolConfiguration: () => (DynamicPoolConfiguration),
  EncryptionSettings: () => (EncryptionSettings),
  EnvironmentAuthToken: () => (EnvironmentAuthToken),
  EnvironmentVar: () => (EnvironmentVar),
  ErrorAdditionalInfo: () => (ErrorAdditionalInfo),
  ErrorDetail: () => (ErrorDetail),
  ErrorEntity: () => (ErrorEntity),
  ErrorResponse: () => (ErrorResponse),
  ExtendedLocation: () => (ExtendedLocation),
  Facebook: () => (Facebook),
  ForwardProxy: () => (ForwardProxy),
  GitHub: () => (GitHub),
  GithubActionConfiguration: () => (GithubActionConfiguration),
  GlobalValidation: () => (GlobalValidation),
  Google: () => (Google),
  HttpRoute: () => (HttpRoute),
  HttpRouteAction: () => (HttpRouteAction),
  HttpRouteConfig: () => (HttpRouteConfig),
  HttpRouteConfigCollection: () => (HttpRouteConfigCollection),
  HttpRouteConfigDeleteHeaders: () => (HttpRouteConfigDeleteHeaders),
  HttpRouteConfigProperties: () => (HttpRouteConfigProperties),
  HttpRouteMatch: () => (HttpRouteMatch),
  HttpRouteProvisioningErrors: () => (HttpRouteProvisioningErrors),
  HttpRouteRule: () => (HttpRouteRule),
  HttpRouteTarget: () => (HttpRouteTarget),
  HttpScaleRule: () => (HttpScaleRule),
  HttpSettings: () => (HttpSettings),
  HttpSettingsRoutes: () => (HttpSettingsRoutes),
  IdentityProviders: () => (IdentityProviders),
  IdentitySettings: () => (IdentitySettings),
  Ingress: () => (Ingress),
  IngressConfiguration: () => (IngressConfiguration),
  IngressPortMapping: () => (IngressPortMapping),
  IngressStickySessions: () => (IngressStickySessions),
  InitContainer: () => (InitContainer),
  IpSecurityRestrictionRule: () => (IpSecurityRestrictionRule),
  JavaComponent: () => (JavaComponent),
  JavaComponentConfigurationProperty: () => (JavaComponentConfigurationProperty),
  JavaComponentIngress: () => (JavaComponentIngress),
  JavaComponentProperties: () => (JavaComponentProperties),
  JavaComponentPropertiesScale: () => (JavaComponentPropertiesScale),
  JavaComponentServiceBind: () => (JavaComponentServiceBind),
  JavaComponentsCollection: () => (JavaComponentsCollection),
  JavaComponentsDeleteHeaders: () => (JavaComponentsDeleteHeaders),
  JavaComponentsUpdateHeaders: () => (JavaComponentsUpdateHeaders),
  Job: () => (Job),
  JobConfiguration: () => (JobConfiguration),
  JobConfigurationEventTriggerConfig: () => (JobConfigurationEventTriggerConfig),
  JobConfigurationManualTriggerConfig: () => (JobConfigurationManualTriggerConfig),
  JobConfigurationScheduleTriggerConfig: () => (JobConfigurationScheduleTriggerConfig),
  JobExecution: () => (JobExecution),
  JobExecutionBase: () => (JobExecutionBase),
  JobExecutionContainer: () => (JobExecutionContainer),
  JobExecutionNamesCollection: () => (JobExecutionNamesCollection),
  JobExecutionTemplate: () => (JobExecutionTemplate),
  JobPatchProperties: () => (JobPatchProperties),
  JobPatchPropertiesProperties: () => (JobPatchPropertiesProperties),
  JobScale: () => (JobScale),
  JobScaleRule: () => (JobScaleRule),
  JobSecretsCollection: () => (JobSecretsCollection),
  JobTemplate: () => (JobTemplate),
  JobsCollection: () => (JobsCollection),
  JobsDeleteHeaders: () => (JobsDeleteHeaders),
  JobsStartHeaders: () => (JobsStartHeaders),
  JobsStopExecutionHeaders: () => (JobsStopExecutionHeaders),
  JobsStopMultipleExecutionsHeaders: () => (JobsStopMultipleExecutionsHeaders),
  JobsUpdateHeaders: () => (JobsUpdateHeaders),
  JwtClaimChecks: () => (JwtClaimChecks),
  KedaConfiguration: () => (KedaConfiguration),
  LifecycleConfiguration: () => (LifecycleConfiguration),
  ListUsagesResult: () => (ListUsagesResult),
  LogAnalyticsConfiguration: () => (LogAnalyticsConfiguration),
  LogicApp: () => (LogicApp),
  Login: () => (Login),
  LoginRoutes: () => (LoginRoutes),
  LoginScopes: () => (LoginScopes),
  MaintenanceConfigurationCollection: () => (MaintenanceConfigurationCollection),
  MaintenanceConfigurationResource: () => (MaintenanceConfigurationResource),
  ManagedCertificate: () => (ManagedCertificate),
  ManagedCertificateCollection: () => (ManagedCertificateCollection),
  ManagedCertificatePatch: () => (ManagedCertificatePatch),
  ManagedCertificateProperties: () => (ManagedCertificateProperties),
  ManagedEnvironment: () => (ManagedEnvironment),
  ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders: () => (ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders),
  ManagedEnvironmentPropertiesPeerAuthentication: () => (ManagedEnvironmentPropertiesPeerAuthentication),
  ManagedEnvironmentPropertiesPeerTrafficConfiguration: () => (ManagedEnvironmentPropertiesPeerTrafficConfiguration),
  ManagedEnvironmentPropertiesPeerTrafficConfigurationEncryption: () => (ManagedEnvironmentPropertiesPeerTrafficConfigurationEncryption),
  ManagedEnvironmentStorage: () => (ManagedEnvironmentStorage),
  ManagedEnvironmentStorageProperties: () => (ManagedEnvironmentStorageProperties),
  ManagedEnvironmentStoragesCollection: () => (ManagedEnvironmentStoragesCollection),
  ManagedEnvironmentsCollection: () => (ManagedEnvironmentsCollection),
  ManagedIdentitySetting: () => (ManagedIdentitySetting),
  ManagedServiceIdentity: () => (ManagedServiceIdentity),
  Mtls: () => (Mtls),
  NfsAzureFileProperties: () => (NfsAzureFileProperties),
  Nonce: () => (Nonce),
  OpenIdConnectClientCredential: () => (OpenIdConnectClientCredential),
  OpenIdConnectConfig: () => (OpenIdConnectConfig),
  OpenIdConnectLogin: () => (OpenIdConnectLogin),
  OpenIdConnectRegistration: () => (OpenIdConnectRegistration),
  OperationDetail: () => (OperationDetail),
  OperationDisplay: () => (OperationDisplay),
  PrivateEndpoint: () => (PrivateEndpoint),
  PrivateEndpointConnection: () => (PrivateEndpointConnection),
  PrivateEndpointConnectionListResult: () => (PrivateEndpointConnectionListResult),
  PrivateLinkResource: () => (PrivateLinkResource),
  PrivateLinkResourceListResult: () => (PrivateLinkResourceListResult),
  PrivateLinkServiceConnectionState: () => (PrivateLinkServiceConnectionState),
  ProxyResource: () => (ProxyResource),
  QueueScaleRule: () => (QueueScaleRule),
  RegistryCredentials: () => (RegistryCredentials),
  RegistryInfo: () => (RegistryInfo),
  Replica: () => (Replica),
  ReplicaCollection: () => (ReplicaCollection),
  ReplicaContainer: () => (ReplicaContainer),
  Resource: () => (Resource),
  ResourceTags: () => (ResourceTags),
  Revision: () => (Revision),
  RevisionCollection: () => (RevisionCollection),
  Runtime: () => (Runtime),
  RuntimeJava: () => (RuntimeJava),
  Scale: () => (Scale),
  ScaleConfiguration: () => (ScaleConfiguration),
  ScaleRule: () => (ScaleRule),
  ScaleRuleAuth: () => (ScaleRuleAuth),
  ScheduledEntry: () => (ScheduledEntry),
  Secret: () => (Secret),
  SecretKeyVaultProperties: () => (SecretKeyVaultProperties),
  SecretVolumeItem: () => (SecretVolumeItem),
  SecretsCollection: () => (SecretsCollection),
  Service: () => (Service),
  ServiceBind: () => (ServiceBind),
  SessionContainer: () => (SessionContainer),
  SessionContainerResources: () => (SessionContainerResources),
  SessionIngress: () => (SessionIngress),
  SessionNetworkConfiguration: () => (SessionNetworkConfiguration),
  SessionPool: () => (SessionPool),
  SessionPoolCollection: () => (SessionPoolCollection),
  SessionPoolSecret: () => (SessionPoolSecret),
  SessionPoolUpdatableProperties: () => (SessionPoolUpdatableProperties),
  SessionRegistryCredentials: () => (SessionRegistryCredentials),
  SourceControl: () => (SourceControl),
  SourceControlCollection: () => (SourceControlCollection),
  SpringBootAdminComponent: () => (SpringBootAdminComponent),
  SpringCloudConfigComponent: () => (SpringCloudConfigComponent),
  SpringCloudEurekaComponent: () => (SpringCloudEurekaComponent),
  SystemData: () => (SystemData),
  TcpScaleRule: () => (TcpScaleRule),
  Template: () => (Template),
  TokenStore: () => (TokenStore),
  TrackedResource: () => (TrackedResource),
  TrafficWeight: () => (TrafficWeight),
  Twitter: () => (Twitter),
  TwitterRegistration: () => (TwitterRegistration),
  Usage: () => (Usage),
  UsageName: () => (UsageName),
  UserAssignedIdentity: () => (UserAssignedIdentity),
  VnetConfiguration: () => (VnetConfiguration),
  Volume: () => (Volume),
  VolumeMount: () => (VolumeMount),
  WorkflowEnvelope: () => (WorkflowEnvelope),
  WorkflowEnvelopeCollection: () => (WorkflowEnvelopeCollection),
  WorkflowEnvelopeProperties: () => (WorkflowEnvelopeProperties),
  WorkflowHealth: () => (WorkflowHealth),
  WorkloadProfile: () => (WorkloadProfile),
  WorkloadProfileStates: () => (WorkloadProfileStates),
  WorkloadProfileStatesCollection: () => (WorkloadProfileStatesCollection),
  WorkloadProfileStatesProperties: () => (WorkloadProfileStatesProperties),
  discriminators: () => (discriminators)
});

;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/pagingHelper.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const pageMap = new WeakMap();
/**
 * Given the last `.value` produced by the `byPage` iterator,
 * returns a continuation token that can be used to begin paging from
 * that point later.
 * @param page An object from accessing `value` on the IteratorResult from a `byPage` iterator.
 * @returns The continuation token that can be passed into byPage() during future calls.
 */
function getContinuationToken(page) {
    if (typeof page !== "object" || page === null) {
        return undefined;
    }
    return pageMap.get(page)?.continuationToken;
}
function setContinuationToken(page, continuationToken) {
    if (typeof page !== "object" || page === null || !continuationToken) {
        return;
    }
    const pageInfo = pageMap.get(page) ?? {};
    pageInfo.continuationToken = continuationToken;
    pageMap.set(page, pageInfo);
}
//# sourceMappingURL=pagingHelper.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/models/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/** Known values of {@link CreatedByType} that the service accepts. */
var KnownCreatedByType;
(function (KnownCreatedByType) {
    /** User */
    KnownCreatedByType["User"] = "User";
    /** Application */
    KnownCreatedByType["Application"] = "Application";
    /** ManagedIdentity */
    KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
    /** Key */
    KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
/** Known values of {@link Applicability} that the service accepts. */
var KnownApplicability;
(function (KnownApplicability) {
    /** LocationDefault */
    KnownApplicability["LocationDefault"] = "LocationDefault";
    /** Custom */
    KnownApplicability["Custom"] = "Custom";
})(KnownApplicability || (KnownApplicability = {}));
/** Known values of {@link ExtendedLocationTypes} that the service accepts. */
var KnownExtendedLocationTypes;
(function (KnownExtendedLocationTypes) {
    /** CustomLocation */
    KnownExtendedLocationTypes["CustomLocation"] = "CustomLocation";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
/** Known values of {@link ConnectedEnvironmentProvisioningState} that the service accepts. */
var KnownConnectedEnvironmentProvisioningState;
(function (KnownConnectedEnvironmentProvisioningState) {
    /** Succeeded */
    KnownConnectedEnvironmentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownConnectedEnvironmentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownConnectedEnvironmentProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownConnectedEnvironmentProvisioningState["Waiting"] = "Waiting";
    /** InitializationInProgress */
    KnownConnectedEnvironmentProvisioningState["InitializationInProgress"] = "InitializationInProgress";
    /** InfrastructureSetupInProgress */
    KnownConnectedEnvironmentProvisioningState["InfrastructureSetupInProgress"] = "InfrastructureSetupInProgress";
    /** InfrastructureSetupComplete */
    KnownConnectedEnvironmentProvisioningState["InfrastructureSetupComplete"] = "InfrastructureSetupComplete";
    /** ScheduledForDelete */
    KnownConnectedEnvironmentProvisioningState["ScheduledForDelete"] = "ScheduledForDelete";
})(KnownConnectedEnvironmentProvisioningState || (KnownConnectedEnvironmentProvisioningState = {}));
/** Known values of {@link CheckNameAvailabilityReason} that the service accepts. */
var KnownCheckNameAvailabilityReason;
(function (KnownCheckNameAvailabilityReason) {
    /** Invalid */
    KnownCheckNameAvailabilityReason["Invalid"] = "Invalid";
    /** AlreadyExists */
    KnownCheckNameAvailabilityReason["AlreadyExists"] = "AlreadyExists";
})(KnownCheckNameAvailabilityReason || (KnownCheckNameAvailabilityReason = {}));
/** Known values of {@link CertificateProvisioningState} that the service accepts. */
var KnownCertificateProvisioningState;
(function (KnownCertificateProvisioningState) {
    /** Succeeded */
    KnownCertificateProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownCertificateProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownCertificateProvisioningState["Canceled"] = "Canceled";
    /** DeleteFailed */
    KnownCertificateProvisioningState["DeleteFailed"] = "DeleteFailed";
    /** Pending */
    KnownCertificateProvisioningState["Pending"] = "Pending";
    /** Deleting */
    KnownCertificateProvisioningState["Deleting"] = "Deleting";
})(KnownCertificateProvisioningState || (KnownCertificateProvisioningState = {}));
/** Known values of {@link DaprComponentProvisioningState} that the service accepts. */
var KnownDaprComponentProvisioningState;
(function (KnownDaprComponentProvisioningState) {
    /** Succeeded */
    KnownDaprComponentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownDaprComponentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownDaprComponentProvisioningState["Canceled"] = "Canceled";
    /** InProgress */
    KnownDaprComponentProvisioningState["InProgress"] = "InProgress";
    /** Deleting */
    KnownDaprComponentProvisioningState["Deleting"] = "Deleting";
})(KnownDaprComponentProvisioningState || (KnownDaprComponentProvisioningState = {}));
/** Known values of {@link AccessMode} that the service accepts. */
var KnownAccessMode;
(function (KnownAccessMode) {
    /** ReadOnly */
    KnownAccessMode["ReadOnly"] = "ReadOnly";
    /** ReadWrite */
    KnownAccessMode["ReadWrite"] = "ReadWrite";
})(KnownAccessMode || (KnownAccessMode = {}));
/** Known values of {@link ConnectedEnvironmentStorageProvisioningState} that the service accepts. */
var KnownConnectedEnvironmentStorageProvisioningState;
(function (KnownConnectedEnvironmentStorageProvisioningState) {
    /** Succeeded */
    KnownConnectedEnvironmentStorageProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownConnectedEnvironmentStorageProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownConnectedEnvironmentStorageProvisioningState["Canceled"] = "Canceled";
    /** InProgress */
    KnownConnectedEnvironmentStorageProvisioningState["InProgress"] = "InProgress";
    /** Deleting */
    KnownConnectedEnvironmentStorageProvisioningState["Deleting"] = "Deleting";
})(KnownConnectedEnvironmentStorageProvisioningState || (KnownConnectedEnvironmentStorageProvisioningState = {}));
/** Known values of {@link ManagedServiceIdentityType} that the service accepts. */
var KnownManagedServiceIdentityType;
(function (KnownManagedServiceIdentityType) {
    /** None */
    KnownManagedServiceIdentityType["None"] = "None";
    /** SystemAssigned */
    KnownManagedServiceIdentityType["SystemAssigned"] = "SystemAssigned";
    /** UserAssigned */
    KnownManagedServiceIdentityType["UserAssigned"] = "UserAssigned";
    /** SystemAssignedUserAssigned */
    KnownManagedServiceIdentityType["SystemAssignedUserAssigned"] = "SystemAssigned,UserAssigned";
})(KnownManagedServiceIdentityType || (KnownManagedServiceIdentityType = {}));
/** Known values of {@link Kind} that the service accepts. */
var KnownKind;
(function (KnownKind) {
    /** Workflowapp */
    KnownKind["Workflowapp"] = "workflowapp";
    /** Functionapp */
    KnownKind["Functionapp"] = "functionapp";
})(KnownKind || (KnownKind = {}));
/** Known values of {@link ContainerAppProvisioningState} that the service accepts. */
var KnownContainerAppProvisioningState;
(function (KnownContainerAppProvisioningState) {
    /** InProgress */
    KnownContainerAppProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownContainerAppProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownContainerAppProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownContainerAppProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownContainerAppProvisioningState["Deleting"] = "Deleting";
})(KnownContainerAppProvisioningState || (KnownContainerAppProvisioningState = {}));
/** Known values of {@link ContainerAppRunningStatus} that the service accepts. */
var KnownContainerAppRunningStatus;
(function (KnownContainerAppRunningStatus) {
    /** Container App is transitioning between Stopped and Running states. */
    KnownContainerAppRunningStatus["Progressing"] = "Progressing";
    /** Container App is in Running state. */
    KnownContainerAppRunningStatus["Running"] = "Running";
    /** Container App is in Stopped state. */
    KnownContainerAppRunningStatus["Stopped"] = "Stopped";
    /** Container App Job is in Suspended state. */
    KnownContainerAppRunningStatus["Suspended"] = "Suspended";
    /** Container App Job is in Ready state. */
    KnownContainerAppRunningStatus["Ready"] = "Ready";
})(KnownContainerAppRunningStatus || (KnownContainerAppRunningStatus = {}));
/** Known values of {@link ActiveRevisionsMode} that the service accepts. */
var KnownActiveRevisionsMode;
(function (KnownActiveRevisionsMode) {
    /** Multiple */
    KnownActiveRevisionsMode["Multiple"] = "Multiple";
    /** Single */
    KnownActiveRevisionsMode["Single"] = "Single";
})(KnownActiveRevisionsMode || (KnownActiveRevisionsMode = {}));
/** Known values of {@link IngressTransportMethod} that the service accepts. */
var KnownIngressTransportMethod;
(function (KnownIngressTransportMethod) {
    /** Auto */
    KnownIngressTransportMethod["Auto"] = "auto";
    /** Http */
    KnownIngressTransportMethod["Http"] = "http";
    /** Http2 */
    KnownIngressTransportMethod["Http2"] = "http2";
    /** Tcp */
    KnownIngressTransportMethod["Tcp"] = "tcp";
})(KnownIngressTransportMethod || (KnownIngressTransportMethod = {}));
/** Known values of {@link BindingType} that the service accepts. */
var KnownBindingType;
(function (KnownBindingType) {
    /** Disabled */
    KnownBindingType["Disabled"] = "Disabled";
    /** SniEnabled */
    KnownBindingType["SniEnabled"] = "SniEnabled";
    /** Auto */
    KnownBindingType["Auto"] = "Auto";
})(KnownBindingType || (KnownBindingType = {}));
/** Known values of {@link Action} that the service accepts. */
var KnownAction;
(function (KnownAction) {
    /** Allow */
    KnownAction["Allow"] = "Allow";
    /** Deny */
    KnownAction["Deny"] = "Deny";
})(KnownAction || (KnownAction = {}));
/** Known values of {@link Affinity} that the service accepts. */
var KnownAffinity;
(function (KnownAffinity) {
    /** Sticky */
    KnownAffinity["Sticky"] = "sticky";
    /** None */
    KnownAffinity["None"] = "none";
})(KnownAffinity || (KnownAffinity = {}));
/** Known values of {@link IngressClientCertificateMode} that the service accepts. */
var KnownIngressClientCertificateMode;
(function (KnownIngressClientCertificateMode) {
    /** Ignore */
    KnownIngressClientCertificateMode["Ignore"] = "ignore";
    /** Accept */
    KnownIngressClientCertificateMode["Accept"] = "accept";
    /** Require */
    KnownIngressClientCertificateMode["Require"] = "require";
})(KnownIngressClientCertificateMode || (KnownIngressClientCertificateMode = {}));
/** Known values of {@link AppProtocol} that the service accepts. */
var KnownAppProtocol;
(function (KnownAppProtocol) {
    /** Http */
    KnownAppProtocol["Http"] = "http";
    /** Grpc */
    KnownAppProtocol["Grpc"] = "grpc";
})(KnownAppProtocol || (KnownAppProtocol = {}));
/** Known values of {@link LogLevel} that the service accepts. */
var KnownLogLevel;
(function (KnownLogLevel) {
    /** Info */
    KnownLogLevel["Info"] = "info";
    /** Debug */
    KnownLogLevel["Debug"] = "debug";
    /** Warn */
    KnownLogLevel["Warn"] = "warn";
    /** Error */
    KnownLogLevel["Error"] = "error";
})(KnownLogLevel || (KnownLogLevel = {}));
/** Known values of {@link IdentitySettingsLifeCycle} that the service accepts. */
var KnownIdentitySettingsLifeCycle;
(function (KnownIdentitySettingsLifeCycle) {
    /** Init */
    KnownIdentitySettingsLifeCycle["Init"] = "Init";
    /** Main */
    KnownIdentitySettingsLifeCycle["Main"] = "Main";
    /** None */
    KnownIdentitySettingsLifeCycle["None"] = "None";
    /** All */
    KnownIdentitySettingsLifeCycle["All"] = "All";
})(KnownIdentitySettingsLifeCycle || (KnownIdentitySettingsLifeCycle = {}));
/** Known values of {@link Scheme} that the service accepts. */
var KnownScheme;
(function (KnownScheme) {
    /** Http */
    KnownScheme["Http"] = "HTTP";
    /** Https */
    KnownScheme["Https"] = "HTTPS";
})(KnownScheme || (KnownScheme = {}));
/** Known values of {@link Type} that the service accepts. */
var KnownType;
(function (KnownType) {
    /** Liveness */
    KnownType["Liveness"] = "Liveness";
    /** Readiness */
    KnownType["Readiness"] = "Readiness";
    /** Startup */
    KnownType["Startup"] = "Startup";
})(KnownType || (KnownType = {}));
/** Known values of {@link StorageType} that the service accepts. */
var KnownStorageType;
(function (KnownStorageType) {
    /** AzureFile */
    KnownStorageType["AzureFile"] = "AzureFile";
    /** EmptyDir */
    KnownStorageType["EmptyDir"] = "EmptyDir";
    /** Secret */
    KnownStorageType["Secret"] = "Secret";
    /** NfsAzureFile */
    KnownStorageType["NfsAzureFile"] = "NfsAzureFile";
})(KnownStorageType || (KnownStorageType = {}));
/** Known values of {@link RevisionHealthState} that the service accepts. */
var KnownRevisionHealthState;
(function (KnownRevisionHealthState) {
    /** Healthy */
    KnownRevisionHealthState["Healthy"] = "Healthy";
    /** Unhealthy */
    KnownRevisionHealthState["Unhealthy"] = "Unhealthy";
    /** None */
    KnownRevisionHealthState["None"] = "None";
})(KnownRevisionHealthState || (KnownRevisionHealthState = {}));
/** Known values of {@link RevisionProvisioningState} that the service accepts. */
var KnownRevisionProvisioningState;
(function (KnownRevisionProvisioningState) {
    /** Provisioning */
    KnownRevisionProvisioningState["Provisioning"] = "Provisioning";
    /** Provisioned */
    KnownRevisionProvisioningState["Provisioned"] = "Provisioned";
    /** Failed */
    KnownRevisionProvisioningState["Failed"] = "Failed";
    /** Deprovisioning */
    KnownRevisionProvisioningState["Deprovisioning"] = "Deprovisioning";
    /** Deprovisioned */
    KnownRevisionProvisioningState["Deprovisioned"] = "Deprovisioned";
})(KnownRevisionProvisioningState || (KnownRevisionProvisioningState = {}));
/** Known values of {@link RevisionRunningState} that the service accepts. */
var KnownRevisionRunningState;
(function (KnownRevisionRunningState) {
    /** Running */
    KnownRevisionRunningState["Running"] = "Running";
    /** Processing */
    KnownRevisionRunningState["Processing"] = "Processing";
    /** Stopped */
    KnownRevisionRunningState["Stopped"] = "Stopped";
    /** Degraded */
    KnownRevisionRunningState["Degraded"] = "Degraded";
    /** Failed */
    KnownRevisionRunningState["Failed"] = "Failed";
    /** Unknown */
    KnownRevisionRunningState["Unknown"] = "Unknown";
})(KnownRevisionRunningState || (KnownRevisionRunningState = {}));
/** Known values of {@link ContainerAppReplicaRunningState} that the service accepts. */
var KnownContainerAppReplicaRunningState;
(function (KnownContainerAppReplicaRunningState) {
    /** Running */
    KnownContainerAppReplicaRunningState["Running"] = "Running";
    /** NotRunning */
    KnownContainerAppReplicaRunningState["NotRunning"] = "NotRunning";
    /** Unknown */
    KnownContainerAppReplicaRunningState["Unknown"] = "Unknown";
})(KnownContainerAppReplicaRunningState || (KnownContainerAppReplicaRunningState = {}));
/** Known values of {@link ContainerAppContainerRunningState} that the service accepts. */
var KnownContainerAppContainerRunningState;
(function (KnownContainerAppContainerRunningState) {
    /** Running */
    KnownContainerAppContainerRunningState["Running"] = "Running";
    /** Terminated */
    KnownContainerAppContainerRunningState["Terminated"] = "Terminated";
    /** Waiting */
    KnownContainerAppContainerRunningState["Waiting"] = "Waiting";
})(KnownContainerAppContainerRunningState || (KnownContainerAppContainerRunningState = {}));
/** Known values of {@link EnvironmentProvisioningState} that the service accepts. */
var KnownEnvironmentProvisioningState;
(function (KnownEnvironmentProvisioningState) {
    /** Succeeded */
    KnownEnvironmentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownEnvironmentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownEnvironmentProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownEnvironmentProvisioningState["Waiting"] = "Waiting";
    /** InitializationInProgress */
    KnownEnvironmentProvisioningState["InitializationInProgress"] = "InitializationInProgress";
    /** InfrastructureSetupInProgress */
    KnownEnvironmentProvisioningState["InfrastructureSetupInProgress"] = "InfrastructureSetupInProgress";
    /** InfrastructureSetupComplete */
    KnownEnvironmentProvisioningState["InfrastructureSetupComplete"] = "InfrastructureSetupComplete";
    /** ScheduledForDelete */
    KnownEnvironmentProvisioningState["ScheduledForDelete"] = "ScheduledForDelete";
    /** UpgradeRequested */
    KnownEnvironmentProvisioningState["UpgradeRequested"] = "UpgradeRequested";
    /** UpgradeFailed */
    KnownEnvironmentProvisioningState["UpgradeFailed"] = "UpgradeFailed";
})(KnownEnvironmentProvisioningState || (KnownEnvironmentProvisioningState = {}));
/** Known values of {@link PrivateEndpointServiceConnectionStatus} that the service accepts. */
var KnownPrivateEndpointServiceConnectionStatus;
(function (KnownPrivateEndpointServiceConnectionStatus) {
    /** Pending */
    KnownPrivateEndpointServiceConnectionStatus["Pending"] = "Pending";
    /** Approved */
    KnownPrivateEndpointServiceConnectionStatus["Approved"] = "Approved";
    /** Rejected */
    KnownPrivateEndpointServiceConnectionStatus["Rejected"] = "Rejected";
    /** Disconnected */
    KnownPrivateEndpointServiceConnectionStatus["Disconnected"] = "Disconnected";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
/** Known values of {@link PrivateEndpointConnectionProvisioningState} that the service accepts. */
var KnownPrivateEndpointConnectionProvisioningState;
(function (KnownPrivateEndpointConnectionProvisioningState) {
    /** Succeeded */
    KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownPrivateEndpointConnectionProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownPrivateEndpointConnectionProvisioningState["Waiting"] = "Waiting";
    /** Updating */
    KnownPrivateEndpointConnectionProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
    /** Pending */
    KnownPrivateEndpointConnectionProvisioningState["Pending"] = "Pending";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
/** Known values of {@link PublicNetworkAccess} that the service accepts. */
var KnownPublicNetworkAccess;
(function (KnownPublicNetworkAccess) {
    /** Enabled */
    KnownPublicNetworkAccess["Enabled"] = "Enabled";
    /** Disabled */
    KnownPublicNetworkAccess["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
/** Known values of {@link JobProvisioningState} that the service accepts. */
var KnownJobProvisioningState;
(function (KnownJobProvisioningState) {
    /** InProgress */
    KnownJobProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownJobProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownJobProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownJobProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownJobProvisioningState["Deleting"] = "Deleting";
})(KnownJobProvisioningState || (KnownJobProvisioningState = {}));
/** Known values of {@link TriggerType} that the service accepts. */
var KnownTriggerType;
(function (KnownTriggerType) {
    /** Schedule */
    KnownTriggerType["Schedule"] = "Schedule";
    /** Event */
    KnownTriggerType["Event"] = "Event";
    /** Manual */
    KnownTriggerType["Manual"] = "Manual";
})(KnownTriggerType || (KnownTriggerType = {}));
/** Known values of {@link JavaComponentType} that the service accepts. */
var KnownJavaComponentType;
(function (KnownJavaComponentType) {
    /** SpringBootAdmin */
    KnownJavaComponentType["SpringBootAdmin"] = "SpringBootAdmin";
    /** SpringCloudEureka */
    KnownJavaComponentType["SpringCloudEureka"] = "SpringCloudEureka";
    /** SpringCloudConfig */
    KnownJavaComponentType["SpringCloudConfig"] = "SpringCloudConfig";
})(KnownJavaComponentType || (KnownJavaComponentType = {}));
/** Known values of {@link JavaComponentProvisioningState} that the service accepts. */
var KnownJavaComponentProvisioningState;
(function (KnownJavaComponentProvisioningState) {
    /** Succeeded */
    KnownJavaComponentProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownJavaComponentProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownJavaComponentProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownJavaComponentProvisioningState["Deleting"] = "Deleting";
    /** InProgress */
    KnownJavaComponentProvisioningState["InProgress"] = "InProgress";
})(KnownJavaComponentProvisioningState || (KnownJavaComponentProvisioningState = {}));
/** Known values of {@link JobExecutionRunningState} that the service accepts. */
var KnownJobExecutionRunningState;
(function (KnownJobExecutionRunningState) {
    /** Running */
    KnownJobExecutionRunningState["Running"] = "Running";
    /** Processing */
    KnownJobExecutionRunningState["Processing"] = "Processing";
    /** Stopped */
    KnownJobExecutionRunningState["Stopped"] = "Stopped";
    /** Degraded */
    KnownJobExecutionRunningState["Degraded"] = "Degraded";
    /** Failed */
    KnownJobExecutionRunningState["Failed"] = "Failed";
    /** Unknown */
    KnownJobExecutionRunningState["Unknown"] = "Unknown";
    /** Succeeded */
    KnownJobExecutionRunningState["Succeeded"] = "Succeeded";
})(KnownJobExecutionRunningState || (KnownJobExecutionRunningState = {}));
/** Known values of {@link ManagedCertificateDomainControlValidation} that the service accepts. */
var KnownManagedCertificateDomainControlValidation;
(function (KnownManagedCertificateDomainControlValidation) {
    /** Cname */
    KnownManagedCertificateDomainControlValidation["Cname"] = "CNAME";
    /** Http */
    KnownManagedCertificateDomainControlValidation["Http"] = "HTTP";
    /** TXT */
    KnownManagedCertificateDomainControlValidation["TXT"] = "TXT";
})(KnownManagedCertificateDomainControlValidation || (KnownManagedCertificateDomainControlValidation = {}));
/** Known values of {@link HttpRouteProvisioningState} that the service accepts. */
var KnownHttpRouteProvisioningState;
(function (KnownHttpRouteProvisioningState) {
    /** Succeeded */
    KnownHttpRouteProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownHttpRouteProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownHttpRouteProvisioningState["Canceled"] = "Canceled";
    /** Waiting */
    KnownHttpRouteProvisioningState["Waiting"] = "Waiting";
    /** Updating */
    KnownHttpRouteProvisioningState["Updating"] = "Updating";
    /** Deleting */
    KnownHttpRouteProvisioningState["Deleting"] = "Deleting";
    /** Pending */
    KnownHttpRouteProvisioningState["Pending"] = "Pending";
})(KnownHttpRouteProvisioningState || (KnownHttpRouteProvisioningState = {}));
/** Known values of {@link ContainerType} that the service accepts. */
var KnownContainerType;
(function (KnownContainerType) {
    /** CustomContainer */
    KnownContainerType["CustomContainer"] = "CustomContainer";
    /** PythonLTS */
    KnownContainerType["PythonLTS"] = "PythonLTS";
})(KnownContainerType || (KnownContainerType = {}));
/** Known values of {@link PoolManagementType} that the service accepts. */
var KnownPoolManagementType;
(function (KnownPoolManagementType) {
    /** Manual */
    KnownPoolManagementType["Manual"] = "Manual";
    /** Dynamic */
    KnownPoolManagementType["Dynamic"] = "Dynamic";
})(KnownPoolManagementType || (KnownPoolManagementType = {}));
/** Known values of {@link LifecycleType} that the service accepts. */
var KnownLifecycleType;
(function (KnownLifecycleType) {
    /** Timed */
    KnownLifecycleType["Timed"] = "Timed";
    /** OnContainerExit */
    KnownLifecycleType["OnContainerExit"] = "OnContainerExit";
})(KnownLifecycleType || (KnownLifecycleType = {}));
/** Known values of {@link SessionNetworkStatus} that the service accepts. */
var KnownSessionNetworkStatus;
(function (KnownSessionNetworkStatus) {
    /** EgressEnabled */
    KnownSessionNetworkStatus["EgressEnabled"] = "EgressEnabled";
    /** EgressDisabled */
    KnownSessionNetworkStatus["EgressDisabled"] = "EgressDisabled";
})(KnownSessionNetworkStatus || (KnownSessionNetworkStatus = {}));
/** Known values of {@link SessionPoolProvisioningState} that the service accepts. */
var KnownSessionPoolProvisioningState;
(function (KnownSessionPoolProvisioningState) {
    /** InProgress */
    KnownSessionPoolProvisioningState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSessionPoolProvisioningState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSessionPoolProvisioningState["Failed"] = "Failed";
    /** Canceled */
    KnownSessionPoolProvisioningState["Canceled"] = "Canceled";
    /** Deleting */
    KnownSessionPoolProvisioningState["Deleting"] = "Deleting";
})(KnownSessionPoolProvisioningState || (KnownSessionPoolProvisioningState = {}));
/** Known values of {@link SourceControlOperationState} that the service accepts. */
var KnownSourceControlOperationState;
(function (KnownSourceControlOperationState) {
    /** InProgress */
    KnownSourceControlOperationState["InProgress"] = "InProgress";
    /** Succeeded */
    KnownSourceControlOperationState["Succeeded"] = "Succeeded";
    /** Failed */
    KnownSourceControlOperationState["Failed"] = "Failed";
    /** Canceled */
    KnownSourceControlOperationState["Canceled"] = "Canceled";
})(KnownSourceControlOperationState || (KnownSourceControlOperationState = {}));
/** Known values of {@link WorkflowKind} that the service accepts. */
var KnownWorkflowKind;
(function (KnownWorkflowKind) {
    /** Stateful */
    KnownWorkflowKind["Stateful"] = "Stateful";
    /** Stateless */
    KnownWorkflowKind["Stateless"] = "Stateless";
    /** Agentic */
    KnownWorkflowKind["Agentic"] = "Agentic";
})(KnownWorkflowKind || (KnownWorkflowKind = {}));
/** Known values of {@link WorkflowState} that the service accepts. */
var KnownWorkflowState;
(function (KnownWorkflowState) {
    /** NotSpecified */
    KnownWorkflowState["NotSpecified"] = "NotSpecified";
    /** Completed */
    KnownWorkflowState["Completed"] = "Completed";
    /** Enabled */
    KnownWorkflowState["Enabled"] = "Enabled";
    /** Disabled */
    KnownWorkflowState["Disabled"] = "Disabled";
    /** Deleted */
    KnownWorkflowState["Deleted"] = "Deleted";
    /** Suspended */
    KnownWorkflowState["Suspended"] = "Suspended";
})(KnownWorkflowState || (KnownWorkflowState = {}));
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-util/dist/esm/index.js + 5 modules
var esm = __webpack_require__(8908);
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/base64.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Encodes a string in base64 format.
 * @param value - the string to encode
 * @internal
 */
function encodeString(value) {
    return uint8ArrayToString(stringToUint8Array(value, "utf-8"), "base64");
}
/**
 * Encodes a byte array in base64 format.
 * @param value - the Uint8Array to encode
 * @internal
 */
function encodeByteArray(value) {
    return (0,esm/* uint8ArrayToString */.SW)(value, "base64");
}
/**
 * Decodes a base64 string into a byte array.
 * @param value - the base64 string to decode
 * @internal
 */
function decodeString(value) {
    return (0,esm/* stringToUint8Array */.Al)(value, "base64");
}
/**
 * Decodes a base64 string into a string.
 * @param value - the base64 string to decode
 * @internal
 */
function decodeStringToString(value) {
    return (0,esm/* uint8ArrayToString */.SW)((0,esm/* stringToUint8Array */.Al)(value, "base64"), "utf-8");
}
//# sourceMappingURL=base64.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/interfaces.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Default key used to access the XML attributes.
 */
const XML_ATTRKEY = "$";
/**
 * Default key used to access the XML value content.
 */
const XML_CHARKEY = "_";
//# sourceMappingURL=interfaces.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/utils.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * A type guard for a primitive response body.
 * @param value - Value to test
 *
 * @internal
 */
function isPrimitiveBody(value, mapperTypeName) {
    return (mapperTypeName !== "Composite" &&
        mapperTypeName !== "Dictionary" &&
        (typeof value === "string" ||
            typeof value === "number" ||
            typeof value === "boolean" ||
            mapperTypeName?.match(/^(Date|DateTime|DateTimeRfc1123|UnixTime|ByteArray|Base64Url)$/i) !==
                null ||
            value === undefined ||
            value === null));
}
const validateISODuration = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
/**
 * Returns true if the given string is in ISO 8601 format.
 * @param value - The value to be validated for ISO 8601 duration format.
 * @internal
 */
function isDuration(value) {
    return validateISODuration.test(value);
}
const validUuidRegex = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/i;
/**
 * Returns true if the provided uuid is valid.
 *
 * @param uuid - The uuid that needs to be validated.
 *
 * @internal
 */
function isValidUuid(uuid) {
    return validUuidRegex.test(uuid);
}
/**
 * Maps the response as follows:
 * - wraps the response body if needed (typically if its type is primitive).
 * - returns null if the combination of the headers and the body is empty.
 * - otherwise, returns the combination of the headers and the body.
 *
 * @param responseObject - a representation of the parsed response
 * @returns the response that will be returned to the user which can be null and/or wrapped
 *
 * @internal
 */
function handleNullableResponseAndWrappableBody(responseObject) {
    const combinedHeadersAndBody = {
        ...responseObject.headers,
        ...responseObject.body,
    };
    if (responseObject.hasNullableType &&
        Object.getOwnPropertyNames(combinedHeadersAndBody).length === 0) {
        return responseObject.shouldWrapBody ? { body: null } : null;
    }
    else {
        return responseObject.shouldWrapBody
            ? {
                ...responseObject.headers,
                body: responseObject.body,
            }
            : combinedHeadersAndBody;
    }
}
/**
 * Take a `FullOperationResponse` and turn it into a flat
 * response object to hand back to the consumer.
 * @param fullResponse - The processed response from the operation request
 * @param responseSpec - The response map from the OperationSpec
 *
 * @internal
 */
function flattenResponse(fullResponse, responseSpec) {
    const parsedHeaders = fullResponse.parsedHeaders;
    // head methods never have a body, but we return a boolean set to body property
    // to indicate presence/absence of the resource
    if (fullResponse.request.method === "HEAD") {
        return {
            ...parsedHeaders,
            body: fullResponse.parsedBody,
        };
    }
    const bodyMapper = responseSpec && responseSpec.bodyMapper;
    const isNullable = Boolean(bodyMapper?.nullable);
    const expectedBodyTypeName = bodyMapper?.type.name;
    /** If the body is asked for, we look at the expected body type to handle it */
    if (expectedBodyTypeName === "Stream") {
        return {
            ...parsedHeaders,
            blobBody: fullResponse.blobBody,
            readableStreamBody: fullResponse.readableStreamBody,
        };
    }
    const modelProperties = (expectedBodyTypeName === "Composite" &&
        bodyMapper.type.modelProperties) ||
        {};
    const isPageableResponse = Object.keys(modelProperties).some((k) => modelProperties[k].serializedName === "");
    if (expectedBodyTypeName === "Sequence" || isPageableResponse) {
        const arrayResponse = fullResponse.parsedBody ?? [];
        for (const key of Object.keys(modelProperties)) {
            if (modelProperties[key].serializedName) {
                arrayResponse[key] = fullResponse.parsedBody?.[key];
            }
        }
        if (parsedHeaders) {
            for (const key of Object.keys(parsedHeaders)) {
                arrayResponse[key] = parsedHeaders[key];
            }
        }
        return isNullable &&
            !fullResponse.parsedBody &&
            !parsedHeaders &&
            Object.getOwnPropertyNames(modelProperties).length === 0
            ? null
            : arrayResponse;
    }
    return handleNullableResponseAndWrappableBody({
        body: fullResponse.parsedBody,
        headers: parsedHeaders,
        hasNullableType: isNullable,
        shouldWrapBody: isPrimitiveBody(fullResponse.parsedBody, expectedBodyTypeName),
    });
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/serializer.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



class SerializerImpl {
    modelMappers;
    isXML;
    constructor(modelMappers = {}, isXML = false) {
        this.modelMappers = modelMappers;
        this.isXML = isXML;
    }
    /**
     * @deprecated Removing the constraints validation on client side.
     */
    validateConstraints(mapper, value, objectName) {
        const failValidation = (constraintName, constraintValue) => {
            throw new Error(`"${objectName}" with value "${value}" should satisfy the constraint "${constraintName}": ${constraintValue}.`);
        };
        if (mapper.constraints && value !== undefined && value !== null) {
            const { ExclusiveMaximum, ExclusiveMinimum, InclusiveMaximum, InclusiveMinimum, MaxItems, MaxLength, MinItems, MinLength, MultipleOf, Pattern, UniqueItems, } = mapper.constraints;
            if (ExclusiveMaximum !== undefined && value >= ExclusiveMaximum) {
                failValidation("ExclusiveMaximum", ExclusiveMaximum);
            }
            if (ExclusiveMinimum !== undefined && value <= ExclusiveMinimum) {
                failValidation("ExclusiveMinimum", ExclusiveMinimum);
            }
            if (InclusiveMaximum !== undefined && value > InclusiveMaximum) {
                failValidation("InclusiveMaximum", InclusiveMaximum);
            }
            if (InclusiveMinimum !== undefined && value < InclusiveMinimum) {
                failValidation("InclusiveMinimum", InclusiveMinimum);
            }
            if (MaxItems !== undefined && value.length > MaxItems) {
                failValidation("MaxItems", MaxItems);
            }
            if (MaxLength !== undefined && value.length > MaxLength) {
                failValidation("MaxLength", MaxLength);
            }
            if (MinItems !== undefined && value.length < MinItems) {
                failValidation("MinItems", MinItems);
            }
            if (MinLength !== undefined && value.length < MinLength) {
                failValidation("MinLength", MinLength);
            }
            if (MultipleOf !== undefined && value % MultipleOf !== 0) {
                failValidation("MultipleOf", MultipleOf);
            }
            if (Pattern) {
                const pattern = typeof Pattern === "string" ? new RegExp(Pattern) : Pattern;
                if (typeof value !== "string" || value.match(pattern) === null) {
                    failValidation("Pattern", Pattern);
                }
            }
            if (UniqueItems &&
                value.some((item, i, ar) => ar.indexOf(item) !== i)) {
                failValidation("UniqueItems", UniqueItems);
            }
        }
    }
    /**
     * Serialize the given object based on its metadata defined in the mapper
     *
     * @param mapper - The mapper which defines the metadata of the serializable object
     *
     * @param object - A valid Javascript object to be serialized
     *
     * @param objectName - Name of the serialized object
     *
     * @param options - additional options to serialization
     *
     * @returns A valid serialized Javascript object
     */
    serialize(mapper, object, objectName, options = { xml: {} }) {
        const updatedOptions = {
            xml: {
                rootName: options.xml.rootName ?? "",
                includeRoot: options.xml.includeRoot ?? false,
                xmlCharKey: options.xml.xmlCharKey ?? XML_CHARKEY,
            },
        };
        let payload = {};
        const mapperType = mapper.type.name;
        if (!objectName) {
            objectName = mapper.serializedName;
        }
        if (mapperType.match(/^Sequence$/i) !== null) {
            payload = [];
        }
        if (mapper.isConstant) {
            object = mapper.defaultValue;
        }
        // This table of allowed values should help explain
        // the mapper.required and mapper.nullable properties.
        // X means "neither undefined or null are allowed".
        //           || required
        //           || true      | false
        //  nullable || ==========================
        //      true || null      | undefined/null
        //     false || X         | undefined
        // undefined || X         | undefined/null
        const { required, nullable } = mapper;
        if (required && nullable && object === undefined) {
            throw new Error(`${objectName} cannot be undefined.`);
        }
        if (required && !nullable && (object === undefined || object === null)) {
            throw new Error(`${objectName} cannot be null or undefined.`);
        }
        if (!required && nullable === false && object === null) {
            throw new Error(`${objectName} cannot be null.`);
        }
        if (object === undefined || object === null) {
            payload = object;
        }
        else {
            if (mapperType.match(/^any$/i) !== null) {
                payload = object;
            }
            else if (mapperType.match(/^(Number|String|Boolean|Object|Stream|Uuid)$/i) !== null) {
                payload = serializeBasicTypes(mapperType, objectName, object);
            }
            else if (mapperType.match(/^Enum$/i) !== null) {
                const enumMapper = mapper;
                payload = serializeEnumType(objectName, enumMapper.type.allowedValues, object);
            }
            else if (mapperType.match(/^(Date|DateTime|TimeSpan|DateTimeRfc1123|UnixTime)$/i) !== null) {
                payload = serializeDateTypes(mapperType, object, objectName);
            }
            else if (mapperType.match(/^ByteArray$/i) !== null) {
                payload = serializeByteArrayType(objectName, object);
            }
            else if (mapperType.match(/^Base64Url$/i) !== null) {
                payload = serializeBase64UrlType(objectName, object);
            }
            else if (mapperType.match(/^Sequence$/i) !== null) {
                payload = serializeSequenceType(this, mapper, object, objectName, Boolean(this.isXML), updatedOptions);
            }
            else if (mapperType.match(/^Dictionary$/i) !== null) {
                payload = serializeDictionaryType(this, mapper, object, objectName, Boolean(this.isXML), updatedOptions);
            }
            else if (mapperType.match(/^Composite$/i) !== null) {
                payload = serializeCompositeType(this, mapper, object, objectName, Boolean(this.isXML), updatedOptions);
            }
        }
        return payload;
    }
    /**
     * Deserialize the given object based on its metadata defined in the mapper
     *
     * @param mapper - The mapper which defines the metadata of the serializable object
     *
     * @param responseBody - A valid Javascript entity to be deserialized
     *
     * @param objectName - Name of the deserialized object
     *
     * @param options - Controls behavior of XML parser and builder.
     *
     * @returns A valid deserialized Javascript object
     */
    deserialize(mapper, responseBody, objectName, options = { xml: {} }) {
        const updatedOptions = {
            xml: {
                rootName: options.xml.rootName ?? "",
                includeRoot: options.xml.includeRoot ?? false,
                xmlCharKey: options.xml.xmlCharKey ?? XML_CHARKEY,
            },
            ignoreUnknownProperties: options.ignoreUnknownProperties ?? false,
        };
        if (responseBody === undefined || responseBody === null) {
            if (this.isXML && mapper.type.name === "Sequence" && !mapper.xmlIsWrapped) {
                // Edge case for empty XML non-wrapped lists. xml2js can't distinguish
                // between the list being empty versus being missing,
                // so let's do the more user-friendly thing and return an empty list.
                responseBody = [];
            }
            // specifically check for undefined as default value can be a falsey value `0, "", false, null`
            if (mapper.defaultValue !== undefined) {
                responseBody = mapper.defaultValue;
            }
            return responseBody;
        }
        let payload;
        const mapperType = mapper.type.name;
        if (!objectName) {
            objectName = mapper.serializedName;
        }
        if (mapperType.match(/^Composite$/i) !== null) {
            payload = deserializeCompositeType(this, mapper, responseBody, objectName, updatedOptions);
        }
        else {
            if (this.isXML) {
                const xmlCharKey = updatedOptions.xml.xmlCharKey;
                /**
                 * If the mapper specifies this as a non-composite type value but the responseBody contains
                 * both header ("$" i.e., XML_ATTRKEY) and body ("#" i.e., XML_CHARKEY) properties,
                 * then just reduce the responseBody value to the body ("#" i.e., XML_CHARKEY) property.
                 */
                if (responseBody[XML_ATTRKEY] !== undefined && responseBody[xmlCharKey] !== undefined) {
                    responseBody = responseBody[xmlCharKey];
                }
            }
            if (mapperType.match(/^Number$/i) !== null) {
                payload = parseFloat(responseBody);
                if (isNaN(payload)) {
                    payload = responseBody;
                }
            }
            else if (mapperType.match(/^Boolean$/i) !== null) {
                if (responseBody === "true") {
                    payload = true;
                }
                else if (responseBody === "false") {
                    payload = false;
                }
                else {
                    payload = responseBody;
                }
            }
            else if (mapperType.match(/^(String|Enum|Object|Stream|Uuid|TimeSpan|any)$/i) !== null) {
                payload = responseBody;
            }
            else if (mapperType.match(/^(Date|DateTime|DateTimeRfc1123)$/i) !== null) {
                payload = new Date(responseBody);
            }
            else if (mapperType.match(/^UnixTime$/i) !== null) {
                payload = unixTimeToDate(responseBody);
            }
            else if (mapperType.match(/^ByteArray$/i) !== null) {
                payload = decodeString(responseBody);
            }
            else if (mapperType.match(/^Base64Url$/i) !== null) {
                payload = base64UrlToByteArray(responseBody);
            }
            else if (mapperType.match(/^Sequence$/i) !== null) {
                payload = deserializeSequenceType(this, mapper, responseBody, objectName, updatedOptions);
            }
            else if (mapperType.match(/^Dictionary$/i) !== null) {
                payload = deserializeDictionaryType(this, mapper, responseBody, objectName, updatedOptions);
            }
        }
        if (mapper.isConstant) {
            payload = mapper.defaultValue;
        }
        return payload;
    }
}
/**
 * Method that creates and returns a Serializer.
 * @param modelMappers - Known models to map
 * @param isXML - If XML should be supported
 */
function createSerializer(modelMappers = {}, isXML = false) {
    return new SerializerImpl(modelMappers, isXML);
}
function trimEnd(str, ch) {
    let len = str.length;
    while (len - 1 >= 0 && str[len - 1] === ch) {
        --len;
    }
    return str.substr(0, len);
}
function bufferToBase64Url(buffer) {
    if (!buffer) {
        return undefined;
    }
    if (!(buffer instanceof Uint8Array)) {
        throw new Error(`Please provide an input of type Uint8Array for converting to Base64Url.`);
    }
    // Uint8Array to Base64.
    const str = encodeByteArray(buffer);
    // Base64 to Base64Url.
    return trimEnd(str, "=").replace(/\+/g, "-").replace(/\//g, "_");
}
function base64UrlToByteArray(str) {
    if (!str) {
        return undefined;
    }
    if (str && typeof str.valueOf() !== "string") {
        throw new Error("Please provide an input of type string for converting to Uint8Array");
    }
    // Base64Url to Base64.
    str = str.replace(/-/g, "+").replace(/_/g, "/");
    // Base64 to Uint8Array.
    return decodeString(str);
}
function splitSerializeName(prop) {
    const classes = [];
    let partialclass = "";
    if (prop) {
        const subwords = prop.split(".");
        for (const item of subwords) {
            if (item.charAt(item.length - 1) === "\\") {
                partialclass += item.substr(0, item.length - 1) + ".";
            }
            else {
                partialclass += item;
                classes.push(partialclass);
                partialclass = "";
            }
        }
    }
    return classes;
}
function dateToUnixTime(d) {
    if (!d) {
        return undefined;
    }
    if (typeof d.valueOf() === "string") {
        d = new Date(d);
    }
    return Math.floor(d.getTime() / 1000);
}
function unixTimeToDate(n) {
    if (!n) {
        return undefined;
    }
    return new Date(n * 1000);
}
function serializeBasicTypes(typeName, objectName, value) {
    if (value !== null && value !== undefined) {
        if (typeName.match(/^Number$/i) !== null) {
            if (typeof value !== "number") {
                throw new Error(`${objectName} with value ${value} must be of type number.`);
            }
        }
        else if (typeName.match(/^String$/i) !== null) {
            if (typeof value.valueOf() !== "string") {
                throw new Error(`${objectName} with value "${value}" must be of type string.`);
            }
        }
        else if (typeName.match(/^Uuid$/i) !== null) {
            if (!(typeof value.valueOf() === "string" && isValidUuid(value))) {
                throw new Error(`${objectName} with value "${value}" must be of type string and a valid uuid.`);
            }
        }
        else if (typeName.match(/^Boolean$/i) !== null) {
            if (typeof value !== "boolean") {
                throw new Error(`${objectName} with value ${value} must be of type boolean.`);
            }
        }
        else if (typeName.match(/^Stream$/i) !== null) {
            const objectType = typeof value;
            if (objectType !== "string" &&
                typeof value.pipe !== "function" && // NodeJS.ReadableStream
                typeof value.tee !== "function" && // browser ReadableStream
                !(value instanceof ArrayBuffer) &&
                !ArrayBuffer.isView(value) &&
                // File objects count as a type of Blob, so we want to use instanceof explicitly
                !((typeof Blob === "function" || typeof Blob === "object") && value instanceof Blob) &&
                objectType !== "function") {
                throw new Error(`${objectName} must be a string, Blob, ArrayBuffer, ArrayBufferView, ReadableStream, or () => ReadableStream.`);
            }
        }
    }
    return value;
}
function serializeEnumType(objectName, allowedValues, value) {
    if (!allowedValues) {
        throw new Error(`Please provide a set of allowedValues to validate ${objectName} as an Enum Type.`);
    }
    const isPresent = allowedValues.some((item) => {
        if (typeof item.valueOf() === "string") {
            return item.toLowerCase() === value.toLowerCase();
        }
        return item === value;
    });
    if (!isPresent) {
        throw new Error(`${value} is not a valid value for ${objectName}. The valid values are: ${JSON.stringify(allowedValues)}.`);
    }
    return value;
}
function serializeByteArrayType(objectName, value) {
    if (value !== undefined && value !== null) {
        if (!(value instanceof Uint8Array)) {
            throw new Error(`${objectName} must be of type Uint8Array.`);
        }
        value = encodeByteArray(value);
    }
    return value;
}
function serializeBase64UrlType(objectName, value) {
    if (value !== undefined && value !== null) {
        if (!(value instanceof Uint8Array)) {
            throw new Error(`${objectName} must be of type Uint8Array.`);
        }
        value = bufferToBase64Url(value);
    }
    return value;
}
function serializeDateTypes(typeName, value, objectName) {
    if (value !== undefined && value !== null) {
        if (typeName.match(/^Date$/i) !== null) {
            if (!(value instanceof Date ||
                (typeof value.valueOf() === "string" && !isNaN(Date.parse(value))))) {
                throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
            }
            value =
                value instanceof Date
                    ? value.toISOString().substring(0, 10)
                    : new Date(value).toISOString().substring(0, 10);
        }
        else if (typeName.match(/^DateTime$/i) !== null) {
            if (!(value instanceof Date ||
                (typeof value.valueOf() === "string" && !isNaN(Date.parse(value))))) {
                throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
            }
            value = value instanceof Date ? value.toISOString() : new Date(value).toISOString();
        }
        else if (typeName.match(/^DateTimeRfc1123$/i) !== null) {
            if (!(value instanceof Date ||
                (typeof value.valueOf() === "string" && !isNaN(Date.parse(value))))) {
                throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123 format.`);
            }
            value = value instanceof Date ? value.toUTCString() : new Date(value).toUTCString();
        }
        else if (typeName.match(/^UnixTime$/i) !== null) {
            if (!(value instanceof Date ||
                (typeof value.valueOf() === "string" && !isNaN(Date.parse(value))))) {
                throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123/ISO8601 format ` +
                    `for it to be serialized in UnixTime/Epoch format.`);
            }
            value = dateToUnixTime(value);
        }
        else if (typeName.match(/^TimeSpan$/i) !== null) {
            if (!isDuration(value)) {
                throw new Error(`${objectName} must be a string in ISO 8601 format. Instead was "${value}".`);
            }
        }
    }
    return value;
}
function serializeSequenceType(serializer, mapper, object, objectName, isXml, options) {
    if (!Array.isArray(object)) {
        throw new Error(`${objectName} must be of type Array.`);
    }
    let elementType = mapper.type.element;
    if (!elementType || typeof elementType !== "object") {
        throw new Error(`"element" metadata for an Array must be defined in the ` +
            `mapper and it must be of type "object" in ${objectName}.`);
    }
    // Quirk: Composite mappers referenced by `element` might
    // not have *all* properties declared (like uberParent),
    // so let's try to look up the full definition by name.
    if (elementType.type.name === "Composite" && elementType.type.className) {
        elementType = serializer.modelMappers[elementType.type.className] ?? elementType;
    }
    const tempArray = [];
    for (let i = 0; i < object.length; i++) {
        const serializedValue = serializer.serialize(elementType, object[i], objectName, options);
        if (isXml && elementType.xmlNamespace) {
            const xmlnsKey = elementType.xmlNamespacePrefix
                ? `xmlns:${elementType.xmlNamespacePrefix}`
                : "xmlns";
            if (elementType.type.name === "Composite") {
                tempArray[i] = { ...serializedValue };
                tempArray[i][XML_ATTRKEY] = { [xmlnsKey]: elementType.xmlNamespace };
            }
            else {
                tempArray[i] = {};
                tempArray[i][options.xml.xmlCharKey] = serializedValue;
                tempArray[i][XML_ATTRKEY] = { [xmlnsKey]: elementType.xmlNamespace };
            }
        }
        else {
            tempArray[i] = serializedValue;
        }
    }
    return tempArray;
}
function serializeDictionaryType(serializer, mapper, object, objectName, isXml, options) {
    if (typeof object !== "object") {
        throw new Error(`${objectName} must be of type object.`);
    }
    const valueType = mapper.type.value;
    if (!valueType || typeof valueType !== "object") {
        throw new Error(`"value" metadata for a Dictionary must be defined in the ` +
            `mapper and it must of type "object" in ${objectName}.`);
    }
    const tempDictionary = {};
    for (const key of Object.keys(object)) {
        const serializedValue = serializer.serialize(valueType, object[key], objectName, options);
        // If the element needs an XML namespace we need to add it within the $ property
        tempDictionary[key] = getXmlObjectValue(valueType, serializedValue, isXml, options);
    }
    // Add the namespace to the root element if needed
    if (isXml && mapper.xmlNamespace) {
        const xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns";
        const result = tempDictionary;
        result[XML_ATTRKEY] = { [xmlnsKey]: mapper.xmlNamespace };
        return result;
    }
    return tempDictionary;
}
/**
 * Resolves the additionalProperties property from a referenced mapper
 * @param serializer - the serializer containing the entire set of mappers
 * @param mapper - the composite mapper to resolve
 * @param objectName - name of the object being serialized
 */
function resolveAdditionalProperties(serializer, mapper, objectName) {
    const additionalProperties = mapper.type.additionalProperties;
    if (!additionalProperties && mapper.type.className) {
        const modelMapper = resolveReferencedMapper(serializer, mapper, objectName);
        return modelMapper?.type.additionalProperties;
    }
    return additionalProperties;
}
/**
 * Finds the mapper referenced by className
 * @param serializer - the serializer containing the entire set of mappers
 * @param mapper - the composite mapper to resolve
 * @param objectName - name of the object being serialized
 */
function resolveReferencedMapper(serializer, mapper, objectName) {
    const className = mapper.type.className;
    if (!className) {
        throw new Error(`Class name for model "${objectName}" is not provided in the mapper "${JSON.stringify(mapper, undefined, 2)}".`);
    }
    return serializer.modelMappers[className];
}
/**
 * Resolves a composite mapper's modelProperties.
 * @param serializer - the serializer containing the entire set of mappers
 * @param mapper - the composite mapper to resolve
 */
function resolveModelProperties(serializer, mapper, objectName) {
    let modelProps = mapper.type.modelProperties;
    if (!modelProps) {
        const modelMapper = resolveReferencedMapper(serializer, mapper, objectName);
        if (!modelMapper) {
            throw new Error(`mapper() cannot be null or undefined for model "${mapper.type.className}".`);
        }
        modelProps = modelMapper?.type.modelProperties;
        if (!modelProps) {
            throw new Error(`modelProperties cannot be null or undefined in the ` +
                `mapper "${JSON.stringify(modelMapper)}" of type "${mapper.type.className}" for object "${objectName}".`);
        }
    }
    return modelProps;
}
function serializeCompositeType(serializer, mapper, object, objectName, isXml, options) {
    if (getPolymorphicDiscriminatorRecursively(serializer, mapper)) {
        mapper = getPolymorphicMapper(serializer, mapper, object, "clientName");
    }
    if (object !== undefined && object !== null) {
        const payload = {};
        const modelProps = resolveModelProperties(serializer, mapper, objectName);
        for (const key of Object.keys(modelProps)) {
            const propertyMapper = modelProps[key];
            if (propertyMapper.readOnly) {
                continue;
            }
            let propName;
            let parentObject = payload;
            if (serializer.isXML) {
                if (propertyMapper.xmlIsWrapped) {
                    propName = propertyMapper.xmlName;
                }
                else {
                    propName = propertyMapper.xmlElementName || propertyMapper.xmlName;
                }
            }
            else {
                const paths = splitSerializeName(propertyMapper.serializedName);
                propName = paths.pop();
                for (const pathName of paths) {
                    const childObject = parentObject[pathName];
                    if ((childObject === undefined || childObject === null) &&
                        ((object[key] !== undefined && object[key] !== null) ||
                            propertyMapper.defaultValue !== undefined)) {
                        parentObject[pathName] = {};
                    }
                    parentObject = parentObject[pathName];
                }
            }
            if (parentObject !== undefined && parentObject !== null) {
                if (isXml && mapper.xmlNamespace) {
                    const xmlnsKey = mapper.xmlNamespacePrefix
                        ? `xmlns:${mapper.xmlNamespacePrefix}`
                        : "xmlns";
                    parentObject[XML_ATTRKEY] = {
                        ...parentObject[XML_ATTRKEY],
                        [xmlnsKey]: mapper.xmlNamespace,
                    };
                }
                const propertyObjectName = propertyMapper.serializedName !== ""
                    ? objectName + "." + propertyMapper.serializedName
                    : objectName;
                let toSerialize = object[key];
                const polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
                if (polymorphicDiscriminator &&
                    polymorphicDiscriminator.clientName === key &&
                    (toSerialize === undefined || toSerialize === null)) {
                    toSerialize = mapper.serializedName;
                }
                const serializedValue = serializer.serialize(propertyMapper, toSerialize, propertyObjectName, options);
                if (serializedValue !== undefined && propName !== undefined && propName !== null) {
                    const value = getXmlObjectValue(propertyMapper, serializedValue, isXml, options);
                    if (isXml && propertyMapper.xmlIsAttribute) {
                        // XML_ATTRKEY, i.e., $ is the key attributes are kept under in xml2js.
                        // This keeps things simple while preventing name collision
                        // with names in user documents.
                        parentObject[XML_ATTRKEY] = parentObject[XML_ATTRKEY] || {};
                        parentObject[XML_ATTRKEY][propName] = serializedValue;
                    }
                    else if (isXml && propertyMapper.xmlIsWrapped) {
                        parentObject[propName] = { [propertyMapper.xmlElementName]: value };
                    }
                    else {
                        parentObject[propName] = value;
                    }
                }
            }
        }
        const additionalPropertiesMapper = resolveAdditionalProperties(serializer, mapper, objectName);
        if (additionalPropertiesMapper) {
            const propNames = Object.keys(modelProps);
            for (const clientPropName of Object.keys(object)) {
                const isAdditionalProperty = propNames.every((pn) => pn !== clientPropName);
                if (isAdditionalProperty) {
                    Object.defineProperty(payload, clientPropName, {
                        value: serializer.serialize(additionalPropertiesMapper, object[clientPropName], objectName + '["' + clientPropName + '"]', options),
                        enumerable: true,
                        configurable: true,
                        writable: true,
                    });
                }
            }
        }
        return payload;
    }
    return object;
}
function getXmlObjectValue(propertyMapper, serializedValue, isXml, options) {
    if (!isXml || !propertyMapper.xmlNamespace) {
        return serializedValue;
    }
    const xmlnsKey = propertyMapper.xmlNamespacePrefix
        ? `xmlns:${propertyMapper.xmlNamespacePrefix}`
        : "xmlns";
    const xmlNamespace = { [xmlnsKey]: propertyMapper.xmlNamespace };
    if (["Composite"].includes(propertyMapper.type.name)) {
        if (serializedValue[XML_ATTRKEY]) {
            return serializedValue;
        }
        else {
            const result = { ...serializedValue };
            result[XML_ATTRKEY] = xmlNamespace;
            return result;
        }
    }
    const result = {};
    result[options.xml.xmlCharKey] = serializedValue;
    result[XML_ATTRKEY] = xmlNamespace;
    return result;
}
function isSpecialXmlProperty(propertyName, options) {
    return [XML_ATTRKEY, options.xml.xmlCharKey].includes(propertyName);
}
function deserializeCompositeType(serializer, mapper, responseBody, objectName, options) {
    const xmlCharKey = options.xml.xmlCharKey ?? XML_CHARKEY;
    if (getPolymorphicDiscriminatorRecursively(serializer, mapper)) {
        mapper = getPolymorphicMapper(serializer, mapper, responseBody, "serializedName");
    }
    const modelProps = resolveModelProperties(serializer, mapper, objectName);
    let instance = {};
    const handledPropertyNames = [];
    for (const key of Object.keys(modelProps)) {
        const propertyMapper = modelProps[key];
        const paths = splitSerializeName(modelProps[key].serializedName);
        handledPropertyNames.push(paths[0]);
        const { serializedName, xmlName, xmlElementName } = propertyMapper;
        let propertyObjectName = objectName;
        if (serializedName !== "" && serializedName !== undefined) {
            propertyObjectName = objectName + "." + serializedName;
        }
        const headerCollectionPrefix = propertyMapper.headerCollectionPrefix;
        if (headerCollectionPrefix) {
            const dictionary = {};
            for (const headerKey of Object.keys(responseBody)) {
                if (headerKey.startsWith(headerCollectionPrefix)) {
                    dictionary[headerKey.substring(headerCollectionPrefix.length)] = serializer.deserialize(propertyMapper.type.value, responseBody[headerKey], propertyObjectName, options);
                }
                handledPropertyNames.push(headerKey);
            }
            instance[key] = dictionary;
        }
        else if (serializer.isXML) {
            if (propertyMapper.xmlIsAttribute && responseBody[XML_ATTRKEY]) {
                instance[key] = serializer.deserialize(propertyMapper, responseBody[XML_ATTRKEY][xmlName], propertyObjectName, options);
            }
            else if (propertyMapper.xmlIsMsText) {
                if (responseBody[xmlCharKey] !== undefined) {
                    instance[key] = responseBody[xmlCharKey];
                }
                else if (typeof responseBody === "string") {
                    // The special case where xml parser parses "<Name>content</Name>" into JSON of
                    //   `{ name: "content"}` instead of `{ name: { "_": "content" }}`
                    instance[key] = responseBody;
                }
            }
            else {
                const propertyName = xmlElementName || xmlName || serializedName;
                if (propertyMapper.xmlIsWrapped) {
                    /* a list of <xmlElementName> wrapped by <xmlName>
                      For the xml example below
                        <Cors>
                          <CorsRule>...</CorsRule>
                          <CorsRule>...</CorsRule>
                        </Cors>
                      the responseBody has
                        {
                          Cors: {
                            CorsRule: [{...}, {...}]
                          }
                        }
                      xmlName is "Cors" and xmlElementName is"CorsRule".
                    */
                    const wrapped = responseBody[xmlName];
                    const elementList = wrapped?.[xmlElementName] ?? [];
                    Object.defineProperty(instance, key, {
                        value: serializer.deserialize(propertyMapper, elementList, propertyObjectName, options),
                        enumerable: true,
                        configurable: true,
                        writable: true,
                    });
                    handledPropertyNames.push(xmlName);
                }
                else {
                    const property = responseBody[propertyName];
                    instance[key] = serializer.deserialize(propertyMapper, property, propertyObjectName, options);
                    handledPropertyNames.push(propertyName);
                }
            }
        }
        else {
            // deserialize the property if it is present in the provided responseBody instance
            let propertyInstance;
            let res = responseBody;
            // traversing the object step by step.
            let steps = 0;
            for (const item of paths) {
                if (!res)
                    break;
                steps++;
                res = res[item];
            }
            // only accept null when reaching the last position of object otherwise it would be undefined
            if (res === null && steps < paths.length) {
                res = undefined;
            }
            propertyInstance = res;
            const polymorphicDiscriminator = mapper.type.polymorphicDiscriminator;
            // checking that the model property name (key)(ex: "fishtype") and the
            // clientName of the polymorphicDiscriminator {metadata} (ex: "fishtype")
            // instead of the serializedName of the polymorphicDiscriminator (ex: "fish.type")
            // is a better approach. The generator is not consistent with escaping '\.' in the
            // serializedName of the property (ex: "fish\.type") that is marked as polymorphic discriminator
            // and the serializedName of the metadata polymorphicDiscriminator (ex: "fish.type"). However,
            // the clientName transformation of the polymorphicDiscriminator (ex: "fishtype") and
            // the transformation of model property name (ex: "fishtype") is done consistently.
            // Hence, it is a safer bet to rely on the clientName of the polymorphicDiscriminator.
            if (polymorphicDiscriminator &&
                key === polymorphicDiscriminator.clientName &&
                (propertyInstance === undefined || propertyInstance === null)) {
                propertyInstance = mapper.serializedName;
            }
            let serializedValue;
            // paging
            if (Array.isArray(responseBody[key]) && modelProps[key].serializedName === "") {
                propertyInstance = responseBody[key];
                const arrayInstance = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options);
                // Copy over any properties that have already been added into the instance, where they do
                // not exist on the newly de-serialized array
                for (const [k, v] of Object.entries(instance)) {
                    if (!Object.prototype.hasOwnProperty.call(arrayInstance, k)) {
                        arrayInstance[k] = v;
                    }
                }
                instance = arrayInstance;
            }
            else if (propertyInstance !== undefined || propertyMapper.defaultValue !== undefined) {
                serializedValue = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options);
                instance[key] = serializedValue;
            }
        }
    }
    const additionalPropertiesMapper = mapper.type.additionalProperties;
    if (additionalPropertiesMapper) {
        const isAdditionalProperty = (responsePropName) => {
            for (const clientPropName of Object.keys(modelProps)) {
                const paths = splitSerializeName(modelProps[clientPropName].serializedName);
                if (paths[0] === responsePropName) {
                    return false;
                }
            }
            return true;
        };
        for (const responsePropName of Object.keys(responseBody)) {
            if (isAdditionalProperty(responsePropName)) {
                const deserializedValue = serializer.deserialize(additionalPropertiesMapper, responseBody[responsePropName], objectName + '["' + responsePropName + '"]', options);
                Object.defineProperty(instance, responsePropName, {
                    value: deserializedValue,
                    enumerable: true,
                    configurable: true,
                    writable: true,
                });
            }
        }
    }
    else if (responseBody && !options.ignoreUnknownProperties) {
        for (const key of Object.keys(responseBody)) {
            if (instance[key] === undefined &&
                !handledPropertyNames.includes(key) &&
                !isSpecialXmlProperty(key, options)) {
                Object.defineProperty(instance, key, {
                    value: responseBody[key],
                    enumerable: true,
                    configurable: true,
                    writable: true,
                });
            }
        }
    }
    return instance;
}
function deserializeDictionaryType(serializer, mapper, responseBody, objectName, options) {
    /* jshint validthis: true */
    const value = mapper.type.value;
    if (!value || typeof value !== "object") {
        throw new Error(`"value" metadata for a Dictionary must be defined in the ` +
            `mapper and it must of type "object" in ${objectName}`);
    }
    if (responseBody) {
        const tempDictionary = {};
        for (const key of Object.keys(responseBody)) {
            tempDictionary[key] = serializer.deserialize(value, responseBody[key], objectName, options);
        }
        return tempDictionary;
    }
    return responseBody;
}
function deserializeSequenceType(serializer, mapper, responseBody, objectName, options) {
    let element = mapper.type.element;
    if (!element || typeof element !== "object") {
        throw new Error(`"element" metadata for an Array must be defined in the ` +
            `mapper and it must be of type "object" in ${objectName}`);
    }
    if (responseBody) {
        if (!Array.isArray(responseBody)) {
            // xml2js will interpret a single element array as just the element, so force it to be an array
            responseBody = [responseBody];
        }
        // Quirk: Composite mappers referenced by `element` might
        // not have *all* properties declared (like uberParent),
        // so let's try to look up the full definition by name.
        if (element.type.name === "Composite" && element.type.className) {
            element = serializer.modelMappers[element.type.className] ?? element;
        }
        const tempArray = [];
        for (let i = 0; i < responseBody.length; i++) {
            tempArray[i] = serializer.deserialize(element, responseBody[i], `${objectName}[${i}]`, options);
        }
        return tempArray;
    }
    return responseBody;
}
function getIndexDiscriminator(discriminators, discriminatorValue, typeName) {
    const typeNamesToCheck = [typeName];
    while (typeNamesToCheck.length) {
        const currentName = typeNamesToCheck.shift();
        const indexDiscriminator = discriminatorValue === currentName
            ? discriminatorValue
            : currentName + "." + discriminatorValue;
        if (Object.prototype.hasOwnProperty.call(discriminators, indexDiscriminator)) {
            return discriminators[indexDiscriminator];
        }
        else {
            for (const [name, mapper] of Object.entries(discriminators)) {
                if (name.startsWith(currentName + ".") &&
                    mapper.type.uberParent === currentName &&
                    mapper.type.className) {
                    typeNamesToCheck.push(mapper.type.className);
                }
            }
        }
    }
    return undefined;
}
function getPolymorphicMapper(serializer, mapper, object, polymorphicPropertyName) {
    const polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
    if (polymorphicDiscriminator) {
        let discriminatorName = polymorphicDiscriminator[polymorphicPropertyName];
        if (discriminatorName) {
            // The serializedName might have \\, which we just want to ignore
            if (polymorphicPropertyName === "serializedName") {
                discriminatorName = discriminatorName.replace(/\\/gi, "");
            }
            const discriminatorValue = object[discriminatorName];
            const typeName = mapper.type.uberParent ?? mapper.type.className;
            if (typeof discriminatorValue === "string" && typeName) {
                const polymorphicMapper = getIndexDiscriminator(serializer.modelMappers.discriminators, discriminatorValue, typeName);
                if (polymorphicMapper) {
                    mapper = polymorphicMapper;
                }
            }
        }
    }
    return mapper;
}
function getPolymorphicDiscriminatorRecursively(serializer, mapper) {
    return (mapper.type.polymorphicDiscriminator ||
        getPolymorphicDiscriminatorSafely(serializer, mapper.type.uberParent) ||
        getPolymorphicDiscriminatorSafely(serializer, mapper.type.className));
}
function getPolymorphicDiscriminatorSafely(serializer, typeName) {
    return (typeName &&
        serializer.modelMappers[typeName] &&
        serializer.modelMappers[typeName].type.polymorphicDiscriminator);
}
/**
 * Known types of Mappers
 */
const MapperTypeNames = {
    Base64Url: "Base64Url",
    Boolean: "Boolean",
    ByteArray: "ByteArray",
    Composite: "Composite",
    Date: "Date",
    DateTime: "DateTime",
    DateTimeRfc1123: "DateTimeRfc1123",
    Dictionary: "Dictionary",
    Enum: "Enum",
    Number: "Number",
    Object: "Object",
    Sequence: "Sequence",
    String: "String",
    Stream: "Stream",
    TimeSpan: "TimeSpan",
    UnixTime: "UnixTime",
};
//# sourceMappingURL=serializer.js.map
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 91 modules
var dist_esm = __webpack_require__(2601);
// EXTERNAL MODULE: ./node_modules/@azure/core-client/dist/commonjs/state-cjs.js
var state_cjs = __webpack_require__(30);
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/state.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// @ts-expect-error The recommended approach to sharing module state between ESM and CJS.
// See https://github.com/isaacs/tshy/blob/main/README.md#module-local-state for additional information.

/**
 * Defines the shared state between CJS and ESM by re-exporting the CJS state.
 */
const state = state_cjs/* state */.w;
//# sourceMappingURL=state.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/operationHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * @internal
 * Retrieves the value to use for a given operation argument
 * @param operationArguments - The arguments passed from the generated client
 * @param parameter - The parameter description
 * @param fallbackObject - If something isn't found in the arguments bag, look here.
 *  Generally used to look at the service client properties.
 */
function getOperationArgumentValueFromParameter(operationArguments, parameter, fallbackObject) {
    let parameterPath = parameter.parameterPath;
    const parameterMapper = parameter.mapper;
    let value;
    if (typeof parameterPath === "string") {
        parameterPath = [parameterPath];
    }
    if (Array.isArray(parameterPath)) {
        if (parameterPath.length > 0) {
            if (parameterMapper.isConstant) {
                value = parameterMapper.defaultValue;
            }
            else {
                let propertySearchResult = getPropertyFromParameterPath(operationArguments, parameterPath);
                if (!propertySearchResult.propertyFound && fallbackObject) {
                    propertySearchResult = getPropertyFromParameterPath(fallbackObject, parameterPath);
                }
                let useDefaultValue = false;
                if (!propertySearchResult.propertyFound) {
                    useDefaultValue =
                        parameterMapper.required ||
                            (parameterPath[0] === "options" && parameterPath.length === 2);
                }
                value = useDefaultValue ? parameterMapper.defaultValue : propertySearchResult.propertyValue;
            }
        }
    }
    else {
        if (parameterMapper.required) {
            value = {};
        }
        for (const [propertyName, propertyPath] of Object.entries(parameterPath)) {
            const propertyMapper = parameterMapper.type.modelProperties[propertyName];
            const propertyValue = getOperationArgumentValueFromParameter(operationArguments, {
                parameterPath: propertyPath,
                mapper: propertyMapper,
            }, fallbackObject);
            if (propertyValue !== undefined) {
                if (!value) {
                    value = {};
                }
                Object.defineProperty(value, propertyName, {
                    value: propertyValue,
                    enumerable: true,
                    configurable: true,
                    writable: true,
                });
            }
        }
    }
    return value;
}
function getPropertyFromParameterPath(parent, parameterPath) {
    const result = { propertyFound: false };
    let i = 0;
    for (; i < parameterPath.length; ++i) {
        const parameterPathPart = parameterPath[i];
        // Make sure to check inherited properties too, so don't use hasOwnProperty().
        if (parent && parameterPathPart in parent) {
            parent = parent[parameterPathPart];
        }
        else {
            break;
        }
    }
    if (i === parameterPath.length) {
        result.propertyValue = parent;
        result.propertyFound = true;
    }
    return result;
}
const originalRequestSymbol = Symbol.for("@azure/core-client original request");
function hasOriginalRequest(request) {
    return originalRequestSymbol in request;
}
function getOperationRequestInfo(request) {
    if (hasOriginalRequest(request)) {
        return getOperationRequestInfo(request[originalRequestSymbol]);
    }
    let info = state.operationRequestMap.get(request);
    if (!info) {
        info = {};
        state.operationRequestMap.set(request, info);
    }
    return info;
}
//# sourceMappingURL=operationHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/deserializationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




const defaultJsonContentTypes = ["application/json", "text/json"];
const defaultXmlContentTypes = ["application/xml", "application/atom+xml"];
/**
 * The programmatic identifier of the deserializationPolicy.
 */
const deserializationPolicyName = "deserializationPolicy";
/**
 * This policy handles parsing out responses according to OperationSpecs on the request.
 */
function deserializationPolicy(options = {}) {
    const jsonContentTypes = options.expectedContentTypes?.json ?? defaultJsonContentTypes;
    const xmlContentTypes = options.expectedContentTypes?.xml ?? defaultXmlContentTypes;
    const parseXML = options.parseXML;
    const serializerOptions = options.serializerOptions;
    const updatedOptions = {
        xml: {
            rootName: serializerOptions?.xml.rootName ?? "",
            includeRoot: serializerOptions?.xml.includeRoot ?? false,
            xmlCharKey: serializerOptions?.xml.xmlCharKey ?? XML_CHARKEY,
        },
    };
    return {
        name: deserializationPolicyName,
        async sendRequest(request, next) {
            const response = await next(request);
            return deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, updatedOptions, parseXML);
        },
    };
}
function getOperationResponseMap(parsedResponse) {
    let result;
    const request = parsedResponse.request;
    const operationInfo = getOperationRequestInfo(request);
    const operationSpec = operationInfo?.operationSpec;
    if (operationSpec) {
        if (!operationInfo?.operationResponseGetter) {
            result = operationSpec.responses[parsedResponse.status];
        }
        else {
            result = operationInfo?.operationResponseGetter(operationSpec, parsedResponse);
        }
    }
    return result;
}
function shouldDeserializeResponse(parsedResponse) {
    const request = parsedResponse.request;
    const operationInfo = getOperationRequestInfo(request);
    const shouldDeserialize = operationInfo?.shouldDeserialize;
    let result;
    if (shouldDeserialize === undefined) {
        result = true;
    }
    else if (typeof shouldDeserialize === "boolean") {
        result = shouldDeserialize;
    }
    else {
        result = shouldDeserialize(parsedResponse);
    }
    return result;
}
async function deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, options, parseXML) {
    const parsedResponse = await parse(jsonContentTypes, xmlContentTypes, response, options, parseXML);
    if (!shouldDeserializeResponse(parsedResponse)) {
        return parsedResponse;
    }
    const operationInfo = getOperationRequestInfo(parsedResponse.request);
    const operationSpec = operationInfo?.operationSpec;
    if (!operationSpec || !operationSpec.responses) {
        return parsedResponse;
    }
    const responseSpec = getOperationResponseMap(parsedResponse);
    const { error, shouldReturnResponse } = handleErrorResponse(parsedResponse, operationSpec, responseSpec, options);
    if (error) {
        throw error;
    }
    else if (shouldReturnResponse) {
        return parsedResponse;
    }
    // An operation response spec does exist for current status code, so
    // use it to deserialize the response.
    if (responseSpec) {
        if (responseSpec.bodyMapper) {
            let valueToDeserialize = parsedResponse.parsedBody;
            if (operationSpec.isXML && responseSpec.bodyMapper.type.name === MapperTypeNames.Sequence) {
                valueToDeserialize =
                    typeof valueToDeserialize === "object"
                        ? valueToDeserialize[responseSpec.bodyMapper.xmlElementName]
                        : [];
            }
            try {
                parsedResponse.parsedBody = operationSpec.serializer.deserialize(responseSpec.bodyMapper, valueToDeserialize, "operationRes.parsedBody", options);
            }
            catch (deserializeError) {
                const restError = new dist_esm/* RestError */.pj(`Error ${deserializeError} occurred in deserializing the responseBody - ${parsedResponse.bodyAsText}`, {
                    statusCode: parsedResponse.status,
                    request: parsedResponse.request,
                    response: parsedResponse,
                });
                throw restError;
            }
        }
        else if (operationSpec.httpMethod === "HEAD") {
            // head methods never have a body, but we return a boolean to indicate presence/absence of the resource
            parsedResponse.parsedBody = response.status >= 200 && response.status < 300;
        }
        if (responseSpec.headersMapper) {
            parsedResponse.parsedHeaders = operationSpec.serializer.deserialize(responseSpec.headersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders", { xml: {}, ignoreUnknownProperties: true });
        }
    }
    return parsedResponse;
}
function isOperationSpecEmpty(operationSpec) {
    const expectedStatusCodes = Object.keys(operationSpec.responses);
    return (expectedStatusCodes.length === 0 ||
        (expectedStatusCodes.length === 1 && expectedStatusCodes[0] === "default"));
}
function handleErrorResponse(parsedResponse, operationSpec, responseSpec, options) {
    const isSuccessByStatus = 200 <= parsedResponse.status && parsedResponse.status < 300;
    const isExpectedStatusCode = isOperationSpecEmpty(operationSpec)
        ? isSuccessByStatus
        : !!responseSpec;
    if (isExpectedStatusCode) {
        if (responseSpec) {
            if (!responseSpec.isError) {
                return { error: null, shouldReturnResponse: false };
            }
        }
        else {
            return { error: null, shouldReturnResponse: false };
        }
    }
    const errorResponseSpec = responseSpec ?? operationSpec.responses.default;
    const initialErrorMessage = parsedResponse.request.streamResponseStatusCodes?.has(parsedResponse.status)
        ? `Unexpected status code: ${parsedResponse.status}`
        : parsedResponse.bodyAsText;
    const error = new dist_esm/* RestError */.pj(initialErrorMessage, {
        statusCode: parsedResponse.status,
        request: parsedResponse.request,
        response: parsedResponse,
    });
    // If the item failed but there's no error spec or default spec to deserialize the error,
    // and the parsed body doesn't look like an error object,
    // we should fail so we just throw the parsed response
    if (!errorResponseSpec &&
        !(parsedResponse.parsedBody?.error?.code && parsedResponse.parsedBody?.error?.message)) {
        throw error;
    }
    const defaultBodyMapper = errorResponseSpec?.bodyMapper;
    const defaultHeadersMapper = errorResponseSpec?.headersMapper;
    try {
        // If error response has a body, try to deserialize it using default body mapper.
        // Then try to extract error code & message from it
        if (parsedResponse.parsedBody) {
            const parsedBody = parsedResponse.parsedBody;
            let deserializedError;
            if (defaultBodyMapper) {
                let valueToDeserialize = parsedBody;
                if (operationSpec.isXML && defaultBodyMapper.type.name === MapperTypeNames.Sequence) {
                    valueToDeserialize = [];
                    const elementName = defaultBodyMapper.xmlElementName;
                    if (typeof parsedBody === "object" && elementName) {
                        valueToDeserialize = parsedBody[elementName];
                    }
                }
                deserializedError = operationSpec.serializer.deserialize(defaultBodyMapper, valueToDeserialize, "error.response.parsedBody", options);
            }
            const internalError = parsedBody.error || deserializedError || parsedBody;
            error.code = internalError.code;
            if (internalError.message) {
                error.message = internalError.message;
            }
            if (defaultBodyMapper) {
                error.response.parsedBody = deserializedError;
            }
        }
        // If error response has headers, try to deserialize it using default header mapper
        if (parsedResponse.headers && defaultHeadersMapper) {
            error.response.parsedHeaders =
                operationSpec.serializer.deserialize(defaultHeadersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders");
        }
    }
    catch (defaultError) {
        error.message = `Error "${defaultError.message}" occurred in deserializing the responseBody - "${parsedResponse.bodyAsText}" for the default response.`;
    }
    return { error, shouldReturnResponse: false };
}
async function parse(jsonContentTypes, xmlContentTypes, operationResponse, opts, parseXML) {
    if (!operationResponse.request.streamResponseStatusCodes?.has(operationResponse.status) &&
        operationResponse.bodyAsText) {
        const text = operationResponse.bodyAsText;
        const contentType = operationResponse.headers.get("Content-Type") || "";
        const contentComponents = !contentType
            ? []
            : contentType.split(";").map((component) => component.toLowerCase());
        try {
            if (contentComponents.length === 0 ||
                contentComponents.some((component) => jsonContentTypes.indexOf(component) !== -1)) {
                operationResponse.parsedBody = JSON.parse(text);
                return operationResponse;
            }
            else if (contentComponents.some((component) => xmlContentTypes.indexOf(component) !== -1)) {
                if (!parseXML) {
                    throw new Error("Parsing XML not supported.");
                }
                const body = await parseXML(text, opts.xml);
                operationResponse.parsedBody = body;
                return operationResponse;
            }
        }
        catch (err) {
            const msg = `Error "${err}" occurred while parsing the response body - ${operationResponse.bodyAsText}.`;
            const errCode = err.code || dist_esm/* RestError */.pj.PARSE_ERROR;
            const e = new dist_esm/* RestError */.pj(msg, {
                code: errCode,
                statusCode: operationResponse.status,
                request: operationResponse.request,
                response: operationResponse,
            });
            throw e;
        }
    }
    return operationResponse;
}
//# sourceMappingURL=deserializationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/interfaceHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

/**
 * Gets the list of status codes for streaming responses.
 * @internal
 */
function getStreamingResponseStatusCodes(operationSpec) {
    const result = new Set();
    for (const [statusCode, operationResponse] of Object.entries(operationSpec.responses)) {
        if (operationResponse.bodyMapper &&
            operationResponse.bodyMapper.type.name === MapperTypeNames.Stream) {
            result.add(Number(statusCode));
        }
    }
    return result;
}
/**
 * Get the path to this parameter's value as a dotted string (a.b.c).
 * @param parameter - The parameter to get the path string for.
 * @returns The path to this parameter's value as a dotted string.
 * @internal
 */
function getPathStringFromParameter(parameter) {
    const { parameterPath, mapper } = parameter;
    let result;
    if (typeof parameterPath === "string") {
        result = parameterPath;
    }
    else if (Array.isArray(parameterPath)) {
        result = parameterPath.join(".");
    }
    else {
        result = mapper.serializedName;
    }
    return result;
}
//# sourceMappingURL=interfaceHelpers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/serializationPolicy.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/**
 * The programmatic identifier of the serializationPolicy.
 */
const serializationPolicyName = "serializationPolicy";
/**
 * This policy handles assembling the request body and headers using
 * an OperationSpec and OperationArguments on the request.
 */
function serializationPolicy(options = {}) {
    const stringifyXML = options.stringifyXML;
    return {
        name: serializationPolicyName,
        sendRequest(request, next) {
            const operationInfo = getOperationRequestInfo(request);
            const operationSpec = operationInfo?.operationSpec;
            const operationArguments = operationInfo?.operationArguments;
            if (operationSpec && operationArguments) {
                serializeHeaders(request, operationArguments, operationSpec);
                serializeRequestBody(request, operationArguments, operationSpec, stringifyXML);
            }
            return next(request);
        },
    };
}
/**
 * @internal
 */
function serializeHeaders(request, operationArguments, operationSpec) {
    if (operationSpec.headerParameters) {
        for (const headerParameter of operationSpec.headerParameters) {
            let headerValue = getOperationArgumentValueFromParameter(operationArguments, headerParameter);
            if ((headerValue !== null && headerValue !== undefined) || headerParameter.mapper.required) {
                headerValue = operationSpec.serializer.serialize(headerParameter.mapper, headerValue, getPathStringFromParameter(headerParameter));
                const headerCollectionPrefix = headerParameter.mapper
                    .headerCollectionPrefix;
                if (headerCollectionPrefix) {
                    for (const key of Object.keys(headerValue)) {
                        request.headers.set(headerCollectionPrefix + key, headerValue[key]);
                    }
                }
                else {
                    request.headers.set(headerParameter.mapper.serializedName || getPathStringFromParameter(headerParameter), headerValue);
                }
            }
        }
    }
    const customHeaders = operationArguments.options?.requestOptions?.customHeaders;
    if (customHeaders) {
        for (const customHeaderName of Object.keys(customHeaders)) {
            request.headers.set(customHeaderName, customHeaders[customHeaderName]);
        }
    }
}
/**
 * @internal
 */
function serializeRequestBody(request, operationArguments, operationSpec, stringifyXML = function () {
    throw new Error("XML serialization unsupported!");
}) {
    const serializerOptions = operationArguments.options?.serializerOptions;
    const updatedOptions = {
        xml: {
            rootName: serializerOptions?.xml.rootName ?? "",
            includeRoot: serializerOptions?.xml.includeRoot ?? false,
            xmlCharKey: serializerOptions?.xml.xmlCharKey ?? XML_CHARKEY,
        },
    };
    const xmlCharKey = updatedOptions.xml.xmlCharKey;
    if (operationSpec.requestBody && operationSpec.requestBody.mapper) {
        request.body = getOperationArgumentValueFromParameter(operationArguments, operationSpec.requestBody);
        const bodyMapper = operationSpec.requestBody.mapper;
        const { required, serializedName, xmlName, xmlElementName, xmlNamespace, xmlNamespacePrefix, nullable, } = bodyMapper;
        const typeName = bodyMapper.type.name;
        try {
            if ((request.body !== undefined && request.body !== null) ||
                (nullable && request.body === null) ||
                required) {
                const requestBodyParameterPathString = getPathStringFromParameter(operationSpec.requestBody);
                request.body = operationSpec.serializer.serialize(bodyMapper, request.body, requestBodyParameterPathString, updatedOptions);
                const isStream = typeName === MapperTypeNames.Stream;
                if (operationSpec.isXML) {
                    const xmlnsKey = xmlNamespacePrefix ? `xmlns:${xmlNamespacePrefix}` : "xmlns";
                    const value = getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, request.body, updatedOptions);
                    if (typeName === MapperTypeNames.Sequence) {
                        request.body = stringifyXML(prepareXMLRootList(value, xmlElementName || xmlName || serializedName, xmlnsKey, xmlNamespace), { rootName: xmlName || serializedName, xmlCharKey });
                    }
                    else if (!isStream) {
                        request.body = stringifyXML(value, {
                            rootName: xmlName || serializedName,
                            xmlCharKey,
                        });
                    }
                }
                else if (typeName === MapperTypeNames.String &&
                    (operationSpec.contentType?.match("text/plain") || operationSpec.mediaType === "text")) {
                    // the String serializer has validated that request body is a string
                    // so just send the string.
                    return;
                }
                else if (!isStream) {
                    request.body = JSON.stringify(request.body);
                }
            }
        }
        catch (error) {
            throw new Error(`Error "${error.message}" occurred in serializing the payload - ${JSON.stringify(serializedName, undefined, "  ")}.`);
        }
    }
    else if (operationSpec.formDataParameters && operationSpec.formDataParameters.length > 0) {
        request.formData = {};
        for (const formDataParameter of operationSpec.formDataParameters) {
            const formDataParameterValue = getOperationArgumentValueFromParameter(operationArguments, formDataParameter);
            if (formDataParameterValue !== undefined && formDataParameterValue !== null) {
                const formDataParameterPropertyName = formDataParameter.mapper.serializedName || getPathStringFromParameter(formDataParameter);
                request.formData[formDataParameterPropertyName] = operationSpec.serializer.serialize(formDataParameter.mapper, formDataParameterValue, getPathStringFromParameter(formDataParameter), updatedOptions);
            }
        }
    }
}
/**
 * Adds an xml namespace to the xml serialized object if needed, otherwise it just returns the value itself
 */
function getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, serializedValue, options) {
    // Composite and Sequence schemas already got their root namespace set during serialization
    // We just need to add xmlns to the other schema types
    if (xmlNamespace && !["Composite", "Sequence", "Dictionary"].includes(typeName)) {
        const result = {};
        result[options.xml.xmlCharKey] = serializedValue;
        result[XML_ATTRKEY] = { [xmlnsKey]: xmlNamespace };
        return result;
    }
    return serializedValue;
}
function prepareXMLRootList(obj, elementName, xmlNamespaceKey, xmlNamespace) {
    if (!Array.isArray(obj)) {
        obj = [obj];
    }
    if (!xmlNamespaceKey || !xmlNamespace) {
        return { [elementName]: obj };
    }
    const result = { [elementName]: obj };
    result[XML_ATTRKEY] = { [xmlNamespaceKey]: xmlNamespace };
    return result;
}
//# sourceMappingURL=serializationPolicy.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/pipeline.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/**
 * Creates a new Pipeline for use with a Service Client.
 * Adds in deserializationPolicy by default.
 * Also adds in bearerTokenAuthenticationPolicy if passed a TokenCredential.
 * @param options - Options to customize the created pipeline.
 */
function createClientPipeline(options = {}) {
    const pipeline = (0,dist_esm/* createPipelineFromOptions */.Fp)(options ?? {});
    if (options.credentialOptions) {
        pipeline.addPolicy((0,dist_esm/* bearerTokenAuthenticationPolicy */.N$)({
            credential: options.credentialOptions.credential,
            scopes: options.credentialOptions.credentialScopes,
        }));
    }
    pipeline.addPolicy(serializationPolicy(options.serializationOptions), { phase: "Serialize" });
    pipeline.addPolicy(deserializationPolicy(options.deserializationOptions), {
        phase: "Deserialize",
    });
    return pipeline;
}
//# sourceMappingURL=pipeline.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/httpClientCache.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

let cachedHttpClient;
function getCachedDefaultHttpClient() {
    if (!cachedHttpClient) {
        cachedHttpClient = (0,dist_esm/* createDefaultHttpClient */.fl)();
    }
    return cachedHttpClient;
}
//# sourceMappingURL=httpClientCache.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/urlHelpers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


const CollectionFormatToDelimiterMap = {
    CSV: ",",
    SSV: " ",
    Multi: "Multi",
    TSV: "\t",
    Pipes: "|",
};
function getRequestUrl(baseUri, operationSpec, operationArguments, fallbackObject) {
    const urlReplacements = calculateUrlReplacements(operationSpec, operationArguments, fallbackObject);
    let isAbsolutePath = false;
    let requestUrl = replaceAll(baseUri, urlReplacements);
    if (operationSpec.path) {
        let path = replaceAll(operationSpec.path, urlReplacements);
        // QUIRK: sometimes we get a path component like /{nextLink}
        // which may be a fully formed URL with a leading /. In that case, we should
        // remove the leading /
        if (operationSpec.path === "/{nextLink}" && path.startsWith("/")) {
            path = path.substring(1);
        }
        // QUIRK: sometimes we get a path component like {nextLink}
        // which may be a fully formed URL. In that case, we should
        // ignore the baseUri.
        if (isAbsoluteUrl(path)) {
            requestUrl = path;
            isAbsolutePath = true;
        }
        else {
            requestUrl = appendPath(requestUrl, path);
        }
    }
    const { queryParams, sequenceParams } = calculateQueryParameters(operationSpec, operationArguments, fallbackObject);
    /**
     * Notice that this call sets the `noOverwrite` parameter to true if the `requestUrl`
     * is an absolute path. This ensures that existing query parameter values in `requestUrl`
     * do not get overwritten. On the other hand when `requestUrl` is not absolute path, it
     * is still being built so there is nothing to overwrite.
     */
    requestUrl = appendQueryParams(requestUrl, queryParams, sequenceParams, isAbsolutePath);
    return requestUrl;
}
function replaceAll(input, replacements) {
    let result = input;
    for (const [searchValue, replaceValue] of replacements) {
        result = result.split(searchValue).join(replaceValue);
    }
    return result;
}
function calculateUrlReplacements(operationSpec, operationArguments, fallbackObject) {
    const result = new Map();
    if (operationSpec.urlParameters?.length) {
        for (const urlParameter of operationSpec.urlParameters) {
            let urlParameterValue = getOperationArgumentValueFromParameter(operationArguments, urlParameter, fallbackObject);
            const parameterPathString = getPathStringFromParameter(urlParameter);
            urlParameterValue = operationSpec.serializer.serialize(urlParameter.mapper, urlParameterValue, parameterPathString);
            if (!urlParameter.skipEncoding) {
                urlParameterValue = encodeURIComponent(urlParameterValue);
            }
            result.set(`{${urlParameter.mapper.serializedName || parameterPathString}}`, urlParameterValue);
        }
    }
    return result;
}
function isAbsoluteUrl(url) {
    return url.includes("://");
}
function appendPath(url, pathToAppend) {
    if (!pathToAppend) {
        return url;
    }
    const parsedUrl = new URL(url);
    let newPath = parsedUrl.pathname;
    if (!newPath.endsWith("/")) {
        newPath = `${newPath}/`;
    }
    if (pathToAppend.startsWith("/")) {
        pathToAppend = pathToAppend.substring(1);
    }
    const searchStart = pathToAppend.indexOf("?");
    if (searchStart !== -1) {
        const path = pathToAppend.substring(0, searchStart);
        const search = pathToAppend.substring(searchStart + 1);
        newPath = newPath + path;
        if (search) {
            parsedUrl.search = parsedUrl.search ? `${parsedUrl.search}&${search}` : search;
        }
    }
    else {
        newPath = newPath + pathToAppend;
    }
    // Use Object.assign to bypass react-native's incorrect readonly URL.pathname declaration
    Object.assign(parsedUrl, { pathname: newPath });
    return parsedUrl.toString();
}
function calculateQueryParameters(operationSpec, operationArguments, fallbackObject) {
    const result = new Map();
    const sequenceParams = new Set();
    if (operationSpec.queryParameters?.length) {
        for (const queryParameter of operationSpec.queryParameters) {
            if (queryParameter.mapper.type.name === "Sequence" && queryParameter.mapper.serializedName) {
                sequenceParams.add(queryParameter.mapper.serializedName);
            }
            let queryParameterValue = getOperationArgumentValueFromParameter(operationArguments, queryParameter, fallbackObject);
            if ((queryParameterValue !== undefined && queryParameterValue !== null) ||
                queryParameter.mapper.required) {
                queryParameterValue = operationSpec.serializer.serialize(queryParameter.mapper, queryParameterValue, getPathStringFromParameter(queryParameter));
                const delimiter = queryParameter.collectionFormat
                    ? CollectionFormatToDelimiterMap[queryParameter.collectionFormat]
                    : "";
                if (Array.isArray(queryParameterValue)) {
                    // replace null and undefined
                    queryParameterValue = queryParameterValue.map((item) => {
                        if (item === null || item === undefined) {
                            return "";
                        }
                        return item;
                    });
                }
                if (queryParameter.collectionFormat === "Multi" && queryParameterValue.length === 0) {
                    continue;
                }
                else if (Array.isArray(queryParameterValue) &&
                    (queryParameter.collectionFormat === "SSV" || queryParameter.collectionFormat === "TSV")) {
                    queryParameterValue = queryParameterValue.join(delimiter);
                }
                if (!queryParameter.skipEncoding) {
                    if (Array.isArray(queryParameterValue)) {
                        queryParameterValue = queryParameterValue.map((item) => {
                            return encodeURIComponent(item);
                        });
                    }
                    else {
                        queryParameterValue = encodeURIComponent(queryParameterValue);
                    }
                }
                // Join pipes and CSV *after* encoding, or the server will be upset.
                if (Array.isArray(queryParameterValue) &&
                    (queryParameter.collectionFormat === "CSV" || queryParameter.collectionFormat === "Pipes")) {
                    queryParameterValue = queryParameterValue.join(delimiter);
                }
                result.set(queryParameter.mapper.serializedName || getPathStringFromParameter(queryParameter), queryParameterValue);
            }
        }
    }
    return {
        queryParams: result,
        sequenceParams,
    };
}
function simpleParseQueryParams(queryString) {
    const result = new Map();
    if (!queryString || queryString[0] !== "?") {
        return result;
    }
    // remove the leading ?
    queryString = queryString.slice(1);
    const pairs = queryString.split("&");
    for (const pair of pairs) {
        const [name, value] = pair.split("=", 2);
        const existingValue = result.get(name);
        if (existingValue) {
            if (Array.isArray(existingValue)) {
                existingValue.push(value);
            }
            else {
                result.set(name, [existingValue, value]);
            }
        }
        else {
            result.set(name, value);
        }
    }
    return result;
}
/** @internal */
function appendQueryParams(url, queryParams, sequenceParams, noOverwrite = false) {
    if (queryParams.size === 0) {
        return url;
    }
    const parsedUrl = new URL(url);
    // QUIRK: parsedUrl.searchParams will have their name/value pairs decoded, which
    // can change their meaning to the server, such as in the case of a SAS signature.
    // To avoid accidentally un-encoding a query param, we parse the key/values ourselves
    const combinedParams = simpleParseQueryParams(parsedUrl.search);
    for (const [name, value] of queryParams) {
        const existingValue = combinedParams.get(name);
        if (Array.isArray(existingValue)) {
            if (Array.isArray(value)) {
                existingValue.push(...value);
                const valueSet = new Set(existingValue);
                combinedParams.set(name, Array.from(valueSet));
            }
            else {
                existingValue.push(value);
            }
        }
        else if (existingValue) {
            if (Array.isArray(value)) {
                value.unshift(existingValue);
            }
            else if (sequenceParams.has(name)) {
                combinedParams.set(name, [existingValue, value]);
            }
            if (!noOverwrite) {
                combinedParams.set(name, value);
            }
        }
        else {
            combinedParams.set(name, value);
        }
    }
    const searchPieces = [];
    for (const [name, value] of combinedParams) {
        if (typeof value === "string") {
            searchPieces.push(`${name}=${value}`);
        }
        else if (Array.isArray(value)) {
            // QUIRK: If we get an array of values, include multiple key/value pairs
            for (const subValue of value) {
                searchPieces.push(`${name}=${subValue}`);
            }
        }
        else {
            searchPieces.push(`${name}=${value}`);
        }
    }
    // QUIRK: we have to set search manually as searchParams will encode comma when it shouldn't.
    parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
    return parsedUrl.toString();
}
//# sourceMappingURL=urlHelpers.js.map
// EXTERNAL MODULE: ./node_modules/@azure/logger/dist/esm/index.js + 1 modules
var logger_dist_esm = __webpack_require__(7567);
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/log.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const log_logger = (0,logger_dist_esm/* createClientLogger */.KV)("core-client");
//# sourceMappingURL=log.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/serviceClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.








/**
 * Initializes a new instance of the ServiceClient.
 */
class ServiceClient {
    /**
     * If specified, this is the base URI that requests will be made against for this ServiceClient.
     * If it is not specified, then all OperationSpecs must contain a baseUrl property.
     */
    _endpoint;
    /**
     * The default request content type for the service.
     * Used if no requestContentType is present on an OperationSpec.
     */
    _requestContentType;
    /**
     * Set to true if the request is sent over HTTP instead of HTTPS
     */
    _allowInsecureConnection;
    /**
     * The HTTP client that will be used to send requests.
     */
    _httpClient;
    /**
     * The pipeline used by this client to make requests
     */
    pipeline;
    /**
     * The ServiceClient constructor
     * @param options - The service client options that govern the behavior of the client.
     */
    constructor(options = {}) {
        this._requestContentType = options.requestContentType;
        this._endpoint = options.endpoint ?? options.baseUri;
        if (options.baseUri) {
            log_logger.warning("The baseUri option for SDK Clients has been deprecated, please use endpoint instead.");
        }
        this._allowInsecureConnection = options.allowInsecureConnection;
        this._httpClient = options.httpClient || getCachedDefaultHttpClient();
        this.pipeline = options.pipeline || createDefaultPipeline(options);
        if (options.additionalPolicies?.length) {
            for (const { policy, position } of options.additionalPolicies) {
                // Sign happens after Retry and is commonly needed to occur
                // before policies that intercept post-retry.
                const afterPhase = position === "perRetry" ? "Sign" : undefined;
                this.pipeline.addPolicy(policy, {
                    afterPhase,
                });
            }
        }
    }
    /**
     * Send the provided httpRequest.
     */
    sendRequest(request) {
        return this.pipeline.sendRequest(this._httpClient, request);
    }
    /**
     * Send an HTTP request that is populated using the provided OperationSpec.
     * @typeParam T - The typed result of the request, based on the OperationSpec.
     * @param operationArguments - The arguments that the HTTP request's templated values will be populated from.
     * @param operationSpec - The OperationSpec to use to populate the httpRequest.
     */
    async sendOperationRequest(operationArguments, operationSpec) {
        const endpoint = operationSpec.baseUrl || this._endpoint;
        if (!endpoint) {
            throw new Error("If operationSpec.baseUrl is not specified, then the ServiceClient must have a endpoint string property that contains the base URL to use.");
        }
        // Templatized URLs sometimes reference properties on the ServiceClient child class,
        // so we have to pass `this` below in order to search these properties if they're
        // not part of OperationArguments
        const url = getRequestUrl(endpoint, operationSpec, operationArguments, this);
        const request = (0,dist_esm/* createPipelineRequest */.G6)({
            url,
        });
        request.method = operationSpec.httpMethod;
        const operationInfo = getOperationRequestInfo(request);
        operationInfo.operationSpec = operationSpec;
        operationInfo.operationArguments = operationArguments;
        const contentType = operationSpec.contentType || this._requestContentType;
        if (contentType && operationSpec.requestBody) {
            request.headers.set("Content-Type", contentType);
        }
        const options = operationArguments.options;
        if (options) {
            const requestOptions = options.requestOptions;
            if (requestOptions) {
                if (requestOptions.timeout) {
                    request.timeout = requestOptions.timeout;
                }
                if (requestOptions.onUploadProgress) {
                    request.onUploadProgress = requestOptions.onUploadProgress;
                }
                if (requestOptions.onDownloadProgress) {
                    request.onDownloadProgress = requestOptions.onDownloadProgress;
                }
                if (requestOptions.shouldDeserialize !== undefined) {
                    operationInfo.shouldDeserialize = requestOptions.shouldDeserialize;
                }
                if (requestOptions.allowInsecureConnection) {
                    request.allowInsecureConnection = true;
                }
            }
            if (options.abortSignal) {
                request.abortSignal = options.abortSignal;
            }
            if (options.tracingOptions) {
                request.tracingOptions = options.tracingOptions;
            }
        }
        if (this._allowInsecureConnection) {
            request.allowInsecureConnection = true;
        }
        if (request.streamResponseStatusCodes === undefined) {
            request.streamResponseStatusCodes = getStreamingResponseStatusCodes(operationSpec);
        }
        try {
            const rawResponse = await this.sendRequest(request);
            const flatResponse = flattenResponse(rawResponse, operationSpec.responses[rawResponse.status]);
            if (options?.onResponse) {
                options.onResponse(rawResponse, flatResponse);
            }
            return flatResponse;
        }
        catch (error) {
            if (typeof error === "object" && error?.response) {
                const rawResponse = error.response;
                const flatResponse = flattenResponse(rawResponse, operationSpec.responses[error.statusCode] || operationSpec.responses["default"]);
                error.details = flatResponse;
                if (options?.onResponse) {
                    options.onResponse(rawResponse, flatResponse, error);
                }
            }
            throw error;
        }
    }
}
function createDefaultPipeline(options) {
    const credentialScopes = getCredentialScopes(options);
    const credentialOptions = options.credential && credentialScopes
        ? { credentialScopes, credential: options.credential }
        : undefined;
    return createClientPipeline({
        ...options,
        credentialOptions,
    });
}
function getCredentialScopes(options) {
    if (options.credentialScopes) {
        return options.credentialScopes;
    }
    if (options.endpoint) {
        return `${options.endpoint}/.default`;
    }
    if (options.baseUri) {
        return `${options.baseUri}/.default`;
    }
    if (options.credential) {
        throw new Error(`When using credentials, the ServiceClientOptions must contain either a endpoint or a credentialScopes. Unable to create a bearerTokenAuthenticationPolicy`);
    }
    return undefined;
}
//# sourceMappingURL=serviceClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/authorizeRequestOnClaimChallenge.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.


/**
 * Converts: `Bearer a="b", c="d", Bearer d="e", f="g"`.
 * Into: `[ { a: 'b', c: 'd' }, { d: 'e', f: 'g' } ]`.
 *
 * @internal
 */
function parseCAEChallenge(challenges) {
    const bearerChallenges = `, ${challenges.trim()}`.split(", Bearer ").filter((x) => x);
    return bearerChallenges.map((challenge) => {
        const challengeParts = `${challenge.trim()}, `.split('", ').filter((x) => x);
        const keyValuePairs = challengeParts.map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split('="')));
        // Key-value pairs to plain object:
        return keyValuePairs.reduce((a, b) => ({ ...a, ...b }), {});
    });
}
/**
 * This function can be used as a callback for the `bearerTokenAuthenticationPolicy` of `@azure/core-rest-pipeline`, to support CAE challenges:
 * [Continuous Access Evaluation](https://learn.microsoft.com/azure/active-directory/conditional-access/concept-continuous-access-evaluation).
 *
 * Call the `bearerTokenAuthenticationPolicy` with the following options:
 *
 * ```ts snippet:AuthorizeRequestOnClaimChallenge
 * import { bearerTokenAuthenticationPolicy } from "@azure/core-rest-pipeline";
 * import { authorizeRequestOnClaimChallenge } from "@azure/core-client";
 *
 * const policy = bearerTokenAuthenticationPolicy({
 *   challengeCallbacks: {
 *     authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge,
 *   },
 *   scopes: ["https://service/.default"],
 * });
 * ```
 *
 * Once provided, the `bearerTokenAuthenticationPolicy` policy will internally handle Continuous Access Evaluation (CAE) challenges.
 * When it can't complete a challenge it will return the 401 (unauthorized) response from ARM.
 *
 * Example challenge with claims:
 *
 * ```
 * Bearer authorization_uri="https://login.windows-ppe.net/", error="invalid_token",
 * error_description="User session has been revoked",
 * claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0="
 * ```
 */
async function authorizeRequestOnClaimChallenge(onChallengeOptions) {
    const { scopes, response } = onChallengeOptions;
    const logger = onChallengeOptions.logger || log_logger;
    const challenge = response.headers.get("WWW-Authenticate");
    if (!challenge) {
        logger.info(`The WWW-Authenticate header was missing. Failed to perform the Continuous Access Evaluation authentication flow.`);
        return false;
    }
    const challenges = parseCAEChallenge(challenge) || [];
    const parsedChallenge = challenges.find((x) => x.claims);
    if (!parsedChallenge) {
        logger.info(`The WWW-Authenticate header was missing the necessary "claims" to perform the Continuous Access Evaluation authentication flow.`);
        return false;
    }
    const accessToken = await onChallengeOptions.getAccessToken(parsedChallenge.scope ? [parsedChallenge.scope] : scopes, {
        claims: decodeStringToString(parsedChallenge.claims),
    });
    if (!accessToken) {
        return false;
    }
    onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
    return true;
}
//# sourceMappingURL=authorizeRequestOnClaimChallenge.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/authorizeRequestOnTenantChallenge.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * A set of constants used internally when processing requests.
 */
const Constants = {
    DefaultScope: "/.default",
    /**
     * Defines constants for use with HTTP headers.
     */
    HeaderConstants: {
        /**
         * The Authorization header.
         */
        AUTHORIZATION: "authorization",
    },
};
function isUuid(text) {
    return /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/.test(text);
}
/**
 * Defines a callback to handle auth challenge for Storage APIs.
 * This implements the bearer challenge process described here: https://learn.microsoft.com/rest/api/storageservices/authorize-with-azure-active-directory#bearer-challenge
 * Handling has specific features for storage that departs to the general AAD challenge docs.
 **/
const authorizeRequestOnTenantChallenge = async (challengeOptions) => {
    const requestOptions = requestToOptions(challengeOptions.request);
    const challenge = getChallenge(challengeOptions.response);
    if (challenge) {
        const challengeInfo = parseChallenge(challenge);
        const challengeScopes = buildScopes(challengeOptions, challengeInfo);
        const tenantId = extractTenantId(challengeInfo);
        if (!tenantId) {
            return false;
        }
        const accessToken = await challengeOptions.getAccessToken(challengeScopes, {
            ...requestOptions,
            tenantId,
        });
        if (!accessToken) {
            return false;
        }
        challengeOptions.request.headers.set(Constants.HeaderConstants.AUTHORIZATION, `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
        return true;
    }
    return false;
};
/**
 * Extracts the tenant id from the challenge information
 * The tenant id is contained in the authorization_uri as the first
 * path part.
 */
function extractTenantId(challengeInfo) {
    const parsedAuthUri = new URL(challengeInfo.authorization_uri);
    const pathSegments = parsedAuthUri.pathname.split("/");
    const tenantId = pathSegments[1];
    if (tenantId && isUuid(tenantId)) {
        return tenantId;
    }
    return undefined;
}
/**
 * Builds the authentication scopes based on the information that comes in the
 * challenge information. Scopes url is present in the resource_id, if it is empty
 * we keep using the original scopes.
 */
function buildScopes(challengeOptions, challengeInfo) {
    if (!challengeInfo.resource_id) {
        return challengeOptions.scopes;
    }
    const challengeScopes = new URL(challengeInfo.resource_id);
    let scope = new URL(Constants.DefaultScope, challengeScopes.origin).toString();
    if (scope === "https://disk.azure.com/.default") {
        // the extra slash is required by the service
        scope = "https://disk.azure.com//.default";
    }
    return [scope];
}
/**
 * We will retrieve the challenge only if the response status code was 401,
 * and if the response contained the header "WWW-Authenticate" with a non-empty value.
 */
function getChallenge(response) {
    const challenge = response.headers.get("WWW-Authenticate");
    if (response.status === 401 && challenge) {
        return challenge;
    }
    return;
}
/**
 * Converts: `Bearer a="b" c="d"`.
 * Into: `[ { a: 'b', c: 'd' }]`.
 *
 * @internal
 */
function parseChallenge(challenge) {
    const bearerChallenge = challenge.slice("Bearer ".length);
    const challengeParts = `${bearerChallenge.trim()} `.split(" ").filter((x) => x);
    const keyValuePairs = challengeParts.map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split("=")));
    // Key-value pairs to plain object:
    return keyValuePairs.reduce((a, b) => ({ ...a, ...b }), {});
}
/**
 * Extracts the options form a Pipeline Request for later re-use
 */
function requestToOptions(request) {
    return {
        abortSignal: request.abortSignal,
        requestOptions: {
            timeout: request.timeout,
        },
        tracingOptions: request.tracingOptions,
    };
}
//# sourceMappingURL=authorizeRequestOnTenantChallenge.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-client/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.








//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/models/mappers.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const AuthConfigCollection = {
    type: {
        name: "Composite",
        className: "AuthConfigCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "AuthConfig",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AuthPlatform = {
    type: {
        name: "Composite",
        className: "AuthPlatform",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            runtimeVersion: {
                serializedName: "runtimeVersion",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const GlobalValidation = {
    type: {
        name: "Composite",
        className: "GlobalValidation",
        modelProperties: {
            unauthenticatedClientAction: {
                serializedName: "unauthenticatedClientAction",
                type: {
                    name: "Enum",
                    allowedValues: ["RedirectToLoginPage", "AllowAnonymous", "Return401", "Return403"],
                },
            },
            redirectToProvider: {
                serializedName: "redirectToProvider",
                type: {
                    name: "String",
                },
            },
            excludedPaths: {
                serializedName: "excludedPaths",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const IdentityProviders = {
    type: {
        name: "Composite",
        className: "IdentityProviders",
        modelProperties: {
            azureActiveDirectory: {
                serializedName: "azureActiveDirectory",
                type: {
                    name: "Composite",
                    className: "AzureActiveDirectory",
                },
            },
            facebook: {
                serializedName: "facebook",
                type: {
                    name: "Composite",
                    className: "Facebook",
                },
            },
            gitHub: {
                serializedName: "gitHub",
                type: {
                    name: "Composite",
                    className: "GitHub",
                },
            },
            google: {
                serializedName: "google",
                type: {
                    name: "Composite",
                    className: "Google",
                },
            },
            twitter: {
                serializedName: "twitter",
                type: {
                    name: "Composite",
                    className: "Twitter",
                },
            },
            apple: {
                serializedName: "apple",
                type: {
                    name: "Composite",
                    className: "Apple",
                },
            },
            azureStaticWebApps: {
                serializedName: "azureStaticWebApps",
                type: {
                    name: "Composite",
                    className: "AzureStaticWebApps",
                },
            },
            customOpenIdConnectProviders: {
                serializedName: "customOpenIdConnectProviders",
                type: {
                    name: "Dictionary",
                    value: {
                        type: {
                            name: "Composite",
                            className: "CustomOpenIdConnectProvider",
                        },
                    },
                },
            },
        },
    },
};
const AzureActiveDirectory = {
    type: {
        name: "Composite",
        className: "AzureActiveDirectory",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "AzureActiveDirectoryRegistration",
                },
            },
            login: {
                serializedName: "login",
                type: {
                    name: "Composite",
                    className: "AzureActiveDirectoryLogin",
                },
            },
            validation: {
                serializedName: "validation",
                type: {
                    name: "Composite",
                    className: "AzureActiveDirectoryValidation",
                },
            },
            isAutoProvisioned: {
                serializedName: "isAutoProvisioned",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const AzureActiveDirectoryRegistration = {
    type: {
        name: "Composite",
        className: "AzureActiveDirectoryRegistration",
        modelProperties: {
            openIdIssuer: {
                serializedName: "openIdIssuer",
                type: {
                    name: "String",
                },
            },
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            clientSecretSettingName: {
                serializedName: "clientSecretSettingName",
                type: {
                    name: "String",
                },
            },
            clientSecretCertificateThumbprint: {
                serializedName: "clientSecretCertificateThumbprint",
                type: {
                    name: "String",
                },
            },
            clientSecretCertificateSubjectAlternativeName: {
                serializedName: "clientSecretCertificateSubjectAlternativeName",
                type: {
                    name: "String",
                },
            },
            clientSecretCertificateIssuer: {
                serializedName: "clientSecretCertificateIssuer",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AzureActiveDirectoryLogin = {
    type: {
        name: "Composite",
        className: "AzureActiveDirectoryLogin",
        modelProperties: {
            loginParameters: {
                serializedName: "loginParameters",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            disableWWWAuthenticate: {
                serializedName: "disableWWWAuthenticate",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const AzureActiveDirectoryValidation = {
    type: {
        name: "Composite",
        className: "AzureActiveDirectoryValidation",
        modelProperties: {
            jwtClaimChecks: {
                serializedName: "jwtClaimChecks",
                type: {
                    name: "Composite",
                    className: "JwtClaimChecks",
                },
            },
            allowedAudiences: {
                serializedName: "allowedAudiences",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            defaultAuthorizationPolicy: {
                serializedName: "defaultAuthorizationPolicy",
                type: {
                    name: "Composite",
                    className: "DefaultAuthorizationPolicy",
                },
            },
        },
    },
};
const JwtClaimChecks = {
    type: {
        name: "Composite",
        className: "JwtClaimChecks",
        modelProperties: {
            allowedGroups: {
                serializedName: "allowedGroups",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            allowedClientApplications: {
                serializedName: "allowedClientApplications",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const DefaultAuthorizationPolicy = {
    type: {
        name: "Composite",
        className: "DefaultAuthorizationPolicy",
        modelProperties: {
            allowedPrincipals: {
                serializedName: "allowedPrincipals",
                type: {
                    name: "Composite",
                    className: "AllowedPrincipals",
                },
            },
            allowedApplications: {
                serializedName: "allowedApplications",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const AllowedPrincipals = {
    type: {
        name: "Composite",
        className: "AllowedPrincipals",
        modelProperties: {
            groups: {
                serializedName: "groups",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            identities: {
                serializedName: "identities",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const Facebook = {
    type: {
        name: "Composite",
        className: "Facebook",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "AppRegistration",
                },
            },
            graphApiVersion: {
                serializedName: "graphApiVersion",
                type: {
                    name: "String",
                },
            },
            login: {
                serializedName: "login",
                type: {
                    name: "Composite",
                    className: "LoginScopes",
                },
            },
        },
    },
};
const AppRegistration = {
    type: {
        name: "Composite",
        className: "AppRegistration",
        modelProperties: {
            appId: {
                serializedName: "appId",
                type: {
                    name: "String",
                },
            },
            appSecretSettingName: {
                serializedName: "appSecretSettingName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const LoginScopes = {
    type: {
        name: "Composite",
        className: "LoginScopes",
        modelProperties: {
            scopes: {
                serializedName: "scopes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const GitHub = {
    type: {
        name: "Composite",
        className: "GitHub",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "ClientRegistration",
                },
            },
            login: {
                serializedName: "login",
                type: {
                    name: "Composite",
                    className: "LoginScopes",
                },
            },
        },
    },
};
const ClientRegistration = {
    type: {
        name: "Composite",
        className: "ClientRegistration",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            clientSecretSettingName: {
                serializedName: "clientSecretSettingName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Google = {
    type: {
        name: "Composite",
        className: "Google",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "ClientRegistration",
                },
            },
            login: {
                serializedName: "login",
                type: {
                    name: "Composite",
                    className: "LoginScopes",
                },
            },
            validation: {
                serializedName: "validation",
                type: {
                    name: "Composite",
                    className: "AllowedAudiencesValidation",
                },
            },
        },
    },
};
const AllowedAudiencesValidation = {
    type: {
        name: "Composite",
        className: "AllowedAudiencesValidation",
        modelProperties: {
            allowedAudiences: {
                serializedName: "allowedAudiences",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const Twitter = {
    type: {
        name: "Composite",
        className: "Twitter",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "TwitterRegistration",
                },
            },
        },
    },
};
const TwitterRegistration = {
    type: {
        name: "Composite",
        className: "TwitterRegistration",
        modelProperties: {
            consumerKey: {
                serializedName: "consumerKey",
                type: {
                    name: "String",
                },
            },
            consumerSecretSettingName: {
                serializedName: "consumerSecretSettingName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Apple = {
    type: {
        name: "Composite",
        className: "Apple",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "AppleRegistration",
                },
            },
            login: {
                serializedName: "login",
                type: {
                    name: "Composite",
                    className: "LoginScopes",
                },
            },
        },
    },
};
const AppleRegistration = {
    type: {
        name: "Composite",
        className: "AppleRegistration",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            clientSecretSettingName: {
                serializedName: "clientSecretSettingName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AzureStaticWebApps = {
    type: {
        name: "Composite",
        className: "AzureStaticWebApps",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "AzureStaticWebAppsRegistration",
                },
            },
        },
    },
};
const AzureStaticWebAppsRegistration = {
    type: {
        name: "Composite",
        className: "AzureStaticWebAppsRegistration",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomOpenIdConnectProvider = {
    type: {
        name: "Composite",
        className: "CustomOpenIdConnectProvider",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            registration: {
                serializedName: "registration",
                type: {
                    name: "Composite",
                    className: "OpenIdConnectRegistration",
                },
            },
            login: {
                serializedName: "login",
                type: {
                    name: "Composite",
                    className: "OpenIdConnectLogin",
                },
            },
        },
    },
};
const OpenIdConnectRegistration = {
    type: {
        name: "Composite",
        className: "OpenIdConnectRegistration",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            clientCredential: {
                serializedName: "clientCredential",
                type: {
                    name: "Composite",
                    className: "OpenIdConnectClientCredential",
                },
            },
            openIdConnectConfiguration: {
                serializedName: "openIdConnectConfiguration",
                type: {
                    name: "Composite",
                    className: "OpenIdConnectConfig",
                },
            },
        },
    },
};
const OpenIdConnectClientCredential = {
    type: {
        name: "Composite",
        className: "OpenIdConnectClientCredential",
        modelProperties: {
            method: {
                defaultValue: "ClientSecretPost",
                isConstant: true,
                serializedName: "method",
                type: {
                    name: "String",
                },
            },
            clientSecretSettingName: {
                serializedName: "clientSecretSettingName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const OpenIdConnectConfig = {
    type: {
        name: "Composite",
        className: "OpenIdConnectConfig",
        modelProperties: {
            authorizationEndpoint: {
                serializedName: "authorizationEndpoint",
                type: {
                    name: "String",
                },
            },
            tokenEndpoint: {
                serializedName: "tokenEndpoint",
                type: {
                    name: "String",
                },
            },
            issuer: {
                serializedName: "issuer",
                type: {
                    name: "String",
                },
            },
            certificationUri: {
                serializedName: "certificationUri",
                type: {
                    name: "String",
                },
            },
            wellKnownOpenIdConfiguration: {
                serializedName: "wellKnownOpenIdConfiguration",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const OpenIdConnectLogin = {
    type: {
        name: "Composite",
        className: "OpenIdConnectLogin",
        modelProperties: {
            nameClaimType: {
                serializedName: "nameClaimType",
                type: {
                    name: "String",
                },
            },
            scopes: {
                serializedName: "scopes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const Login = {
    type: {
        name: "Composite",
        className: "Login",
        modelProperties: {
            routes: {
                serializedName: "routes",
                type: {
                    name: "Composite",
                    className: "LoginRoutes",
                },
            },
            tokenStore: {
                serializedName: "tokenStore",
                type: {
                    name: "Composite",
                    className: "TokenStore",
                },
            },
            preserveUrlFragmentsForLogins: {
                serializedName: "preserveUrlFragmentsForLogins",
                type: {
                    name: "Boolean",
                },
            },
            allowedExternalRedirectUrls: {
                serializedName: "allowedExternalRedirectUrls",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            cookieExpiration: {
                serializedName: "cookieExpiration",
                type: {
                    name: "Composite",
                    className: "CookieExpiration",
                },
            },
            nonce: {
                serializedName: "nonce",
                type: {
                    name: "Composite",
                    className: "Nonce",
                },
            },
        },
    },
};
const LoginRoutes = {
    type: {
        name: "Composite",
        className: "LoginRoutes",
        modelProperties: {
            logoutEndpoint: {
                serializedName: "logoutEndpoint",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const TokenStore = {
    type: {
        name: "Composite",
        className: "TokenStore",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            tokenRefreshExtensionHours: {
                serializedName: "tokenRefreshExtensionHours",
                type: {
                    name: "Number",
                },
            },
            azureBlobStorage: {
                serializedName: "azureBlobStorage",
                type: {
                    name: "Composite",
                    className: "BlobStorageTokenStore",
                },
            },
        },
    },
};
const BlobStorageTokenStore = {
    type: {
        name: "Composite",
        className: "BlobStorageTokenStore",
        modelProperties: {
            sasUrlSettingName: {
                serializedName: "sasUrlSettingName",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CookieExpiration = {
    type: {
        name: "Composite",
        className: "CookieExpiration",
        modelProperties: {
            convention: {
                serializedName: "convention",
                type: {
                    name: "Enum",
                    allowedValues: ["FixedTime", "IdentityProviderDerived"],
                },
            },
            timeToExpiration: {
                serializedName: "timeToExpiration",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Nonce = {
    type: {
        name: "Composite",
        className: "Nonce",
        modelProperties: {
            validateNonce: {
                serializedName: "validateNonce",
                type: {
                    name: "Boolean",
                },
            },
            nonceExpirationInterval: {
                serializedName: "nonceExpirationInterval",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpSettings = {
    type: {
        name: "Composite",
        className: "HttpSettings",
        modelProperties: {
            requireHttps: {
                serializedName: "requireHttps",
                type: {
                    name: "Boolean",
                },
            },
            routes: {
                serializedName: "routes",
                type: {
                    name: "Composite",
                    className: "HttpSettingsRoutes",
                },
            },
            forwardProxy: {
                serializedName: "forwardProxy",
                type: {
                    name: "Composite",
                    className: "ForwardProxy",
                },
            },
        },
    },
};
const HttpSettingsRoutes = {
    type: {
        name: "Composite",
        className: "HttpSettingsRoutes",
        modelProperties: {
            apiPrefix: {
                serializedName: "apiPrefix",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ForwardProxy = {
    type: {
        name: "Composite",
        className: "ForwardProxy",
        modelProperties: {
            convention: {
                serializedName: "convention",
                type: {
                    name: "Enum",
                    allowedValues: ["NoProxy", "Standard", "Custom"],
                },
            },
            customHostHeaderName: {
                serializedName: "customHostHeaderName",
                type: {
                    name: "String",
                },
            },
            customProtoHeaderName: {
                serializedName: "customProtoHeaderName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const EncryptionSettings = {
    type: {
        name: "Composite",
        className: "EncryptionSettings",
        modelProperties: {
            containerAppAuthEncryptionSecretName: {
                serializedName: "containerAppAuthEncryptionSecretName",
                type: {
                    name: "String",
                },
            },
            containerAppAuthSigningSecretName: {
                serializedName: "containerAppAuthSigningSecretName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Resource = {
    type: {
        name: "Composite",
        className: "Resource",
        modelProperties: {
            id: {
                serializedName: "id",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            systemData: {
                serializedName: "systemData",
                type: {
                    name: "Composite",
                    className: "SystemData",
                },
            },
        },
    },
};
const SystemData = {
    type: {
        name: "Composite",
        className: "SystemData",
        modelProperties: {
            createdBy: {
                serializedName: "createdBy",
                type: {
                    name: "String",
                },
            },
            createdByType: {
                serializedName: "createdByType",
                type: {
                    name: "String",
                },
            },
            createdAt: {
                serializedName: "createdAt",
                type: {
                    name: "DateTime",
                },
            },
            lastModifiedBy: {
                serializedName: "lastModifiedBy",
                type: {
                    name: "String",
                },
            },
            lastModifiedByType: {
                serializedName: "lastModifiedByType",
                type: {
                    name: "String",
                },
            },
            lastModifiedAt: {
                serializedName: "lastModifiedAt",
                type: {
                    name: "DateTime",
                },
            },
        },
    },
};
const DefaultErrorResponse = {
    type: {
        name: "Composite",
        className: "DefaultErrorResponse",
        modelProperties: {
            error: {
                serializedName: "error",
                type: {
                    name: "Composite",
                    className: "DefaultErrorResponseError",
                },
            },
        },
    },
};
const DefaultErrorResponseError = {
    type: {
        name: "Composite",
        className: "DefaultErrorResponseError",
        modelProperties: {
            code: {
                serializedName: "code",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            target: {
                serializedName: "target",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            details: {
                serializedName: "details",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DefaultErrorResponseErrorDetailsItem",
                        },
                    },
                },
            },
            innererror: {
                serializedName: "innererror",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DefaultErrorResponseErrorDetailsItem = {
    type: {
        name: "Composite",
        className: "DefaultErrorResponseErrorDetailsItem",
        modelProperties: {
            code: {
                serializedName: "code",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            target: {
                serializedName: "target",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AvailableWorkloadProfilesCollection = {
    type: {
        name: "Composite",
        className: "AvailableWorkloadProfilesCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "AvailableWorkloadProfile",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AvailableWorkloadProfileProperties = {
    type: {
        name: "Composite",
        className: "AvailableWorkloadProfileProperties",
        modelProperties: {
            category: {
                serializedName: "category",
                type: {
                    name: "String",
                },
            },
            applicability: {
                serializedName: "applicability",
                type: {
                    name: "String",
                },
            },
            cores: {
                serializedName: "cores",
                type: {
                    name: "Number",
                },
            },
            memoryGiB: {
                serializedName: "memoryGiB",
                type: {
                    name: "Number",
                },
            },
            gpus: {
                serializedName: "gpus",
                type: {
                    name: "Number",
                },
            },
            displayName: {
                serializedName: "displayName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ErrorResponse = {
    type: {
        name: "Composite",
        className: "ErrorResponse",
        modelProperties: {
            error: {
                serializedName: "error",
                type: {
                    name: "Composite",
                    className: "ErrorDetail",
                },
            },
        },
    },
};
const ErrorDetail = {
    type: {
        name: "Composite",
        className: "ErrorDetail",
        modelProperties: {
            code: {
                serializedName: "code",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            target: {
                serializedName: "target",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            details: {
                serializedName: "details",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ErrorDetail",
                        },
                    },
                },
            },
            additionalInfo: {
                serializedName: "additionalInfo",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ErrorAdditionalInfo",
                        },
                    },
                },
            },
        },
    },
};
const ErrorAdditionalInfo = {
    type: {
        name: "Composite",
        className: "ErrorAdditionalInfo",
        modelProperties: {
            type: {
                serializedName: "type",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            info: {
                serializedName: "info",
                readOnly: true,
                type: {
                    name: "Dictionary",
                    value: { type: { name: "any" } },
                },
            },
        },
    },
};
const BillingMeterCollection = {
    type: {
        name: "Composite",
        className: "BillingMeterCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "BillingMeter",
                        },
                    },
                },
            },
        },
    },
};
const BillingMeterProperties = {
    type: {
        name: "Composite",
        className: "BillingMeterProperties",
        modelProperties: {
            category: {
                serializedName: "category",
                type: {
                    name: "String",
                },
            },
            meterType: {
                serializedName: "meterType",
                type: {
                    name: "String",
                },
            },
            displayName: {
                serializedName: "displayName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentCollection = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ConnectedEnvironment",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ExtendedLocation = {
    type: {
        name: "Composite",
        className: "ExtendedLocation",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomDomainConfiguration = {
    type: {
        name: "Composite",
        className: "CustomDomainConfiguration",
        modelProperties: {
            customDomainVerificationId: {
                serializedName: "customDomainVerificationId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            dnsSuffix: {
                serializedName: "dnsSuffix",
                type: {
                    name: "String",
                },
            },
            certificateKeyVaultProperties: {
                serializedName: "certificateKeyVaultProperties",
                type: {
                    name: "Composite",
                    className: "CertificateKeyVaultProperties",
                },
            },
            certificateValue: {
                serializedName: "certificateValue",
                type: {
                    name: "ByteArray",
                },
            },
            certificatePassword: {
                serializedName: "certificatePassword",
                type: {
                    name: "String",
                },
            },
            expirationDate: {
                serializedName: "expirationDate",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            thumbprint: {
                serializedName: "thumbprint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            subjectName: {
                serializedName: "subjectName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CertificateKeyVaultProperties = {
    type: {
        name: "Composite",
        className: "CertificateKeyVaultProperties",
        modelProperties: {
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
            keyVaultUrl: {
                serializedName: "keyVaultUrl",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ResourceTags = {
    type: {
        name: "Composite",
        className: "ResourceTags",
        modelProperties: {
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
        },
    },
};
const CheckNameAvailabilityRequest = {
    type: {
        name: "Composite",
        className: "CheckNameAvailabilityRequest",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CheckNameAvailabilityResponse = {
    type: {
        name: "Composite",
        className: "CheckNameAvailabilityResponse",
        modelProperties: {
            nameAvailable: {
                serializedName: "nameAvailable",
                type: {
                    name: "Boolean",
                },
            },
            reason: {
                serializedName: "reason",
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CertificateCollection = {
    type: {
        name: "Composite",
        className: "CertificateCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Certificate",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CertificateProperties = {
    type: {
        name: "Composite",
        className: "CertificateProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            deploymentErrors: {
                serializedName: "deploymentErrors",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            certificateKeyVaultProperties: {
                serializedName: "certificateKeyVaultProperties",
                type: {
                    name: "Composite",
                    className: "CertificateKeyVaultProperties",
                },
            },
            password: {
                serializedName: "password",
                type: {
                    name: "String",
                },
            },
            subjectName: {
                serializedName: "subjectName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            subjectAlternativeNames: {
                serializedName: "subjectAlternativeNames",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "ByteArray",
                },
            },
            issuer: {
                serializedName: "issuer",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            issueDate: {
                serializedName: "issueDate",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            expirationDate: {
                serializedName: "expirationDate",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            thumbprint: {
                serializedName: "thumbprint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            valid: {
                serializedName: "valid",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            publicKeyHash: {
                serializedName: "publicKeyHash",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CertificatePatch = {
    type: {
        name: "Composite",
        className: "CertificatePatch",
        modelProperties: {
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
        },
    },
};
const DaprComponentsCollection = {
    type: {
        name: "Composite",
        className: "DaprComponentsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DaprComponent",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Secret = {
    type: {
        name: "Composite",
        className: "Secret",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
            keyVaultUrl: {
                serializedName: "keyVaultUrl",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DaprMetadata = {
    type: {
        name: "Composite",
        className: "DaprMetadata",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
            secretRef: {
                serializedName: "secretRef",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DaprSecretsCollection = {
    type: {
        name: "Composite",
        className: "DaprSecretsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DaprSecret",
                        },
                    },
                },
            },
        },
    },
};
const DaprSecret = {
    type: {
        name: "Composite",
        className: "DaprSecret",
        modelProperties: {
            name: {
                serializedName: "name",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentStoragesCollection = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentStoragesCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ConnectedEnvironmentStorage",
                        },
                    },
                },
            },
        },
    },
};
const ConnectedEnvironmentStorageProperties = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentStorageProperties",
        modelProperties: {
            azureFile: {
                serializedName: "azureFile",
                type: {
                    name: "Composite",
                    className: "AzureFileProperties",
                },
            },
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            deploymentErrors: {
                serializedName: "deploymentErrors",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AzureFileProperties = {
    type: {
        name: "Composite",
        className: "AzureFileProperties",
        modelProperties: {
            accountName: {
                serializedName: "accountName",
                type: {
                    name: "String",
                },
            },
            accountKey: {
                serializedName: "accountKey",
                type: {
                    name: "String",
                },
            },
            accountKeyVaultProperties: {
                serializedName: "accountKeyVaultProperties",
                type: {
                    name: "Composite",
                    className: "SecretKeyVaultProperties",
                },
            },
            accessMode: {
                serializedName: "accessMode",
                type: {
                    name: "String",
                },
            },
            shareName: {
                serializedName: "shareName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SecretKeyVaultProperties = {
    type: {
        name: "Composite",
        className: "SecretKeyVaultProperties",
        modelProperties: {
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
            keyVaultUrl: {
                serializedName: "keyVaultUrl",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppCollection = {
    type: {
        name: "Composite",
        className: "ContainerAppCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ContainerApp",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedServiceIdentity = {
    type: {
        name: "Composite",
        className: "ManagedServiceIdentity",
        modelProperties: {
            principalId: {
                serializedName: "principalId",
                readOnly: true,
                type: {
                    name: "Uuid",
                },
            },
            tenantId: {
                serializedName: "tenantId",
                readOnly: true,
                type: {
                    name: "Uuid",
                },
            },
            type: {
                serializedName: "type",
                required: true,
                type: {
                    name: "String",
                },
            },
            userAssignedIdentities: {
                serializedName: "userAssignedIdentities",
                type: {
                    name: "Dictionary",
                    value: {
                        type: { name: "Composite", className: "UserAssignedIdentity" },
                    },
                },
            },
        },
    },
};
const UserAssignedIdentity = {
    type: {
        name: "Composite",
        className: "UserAssignedIdentity",
        modelProperties: {
            principalId: {
                serializedName: "principalId",
                readOnly: true,
                type: {
                    name: "Uuid",
                },
            },
            clientId: {
                serializedName: "clientId",
                readOnly: true,
                type: {
                    name: "Uuid",
                },
            },
        },
    },
};
const Configuration = {
    type: {
        name: "Composite",
        className: "Configuration",
        modelProperties: {
            secrets: {
                serializedName: "secrets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Secret",
                        },
                    },
                },
            },
            activeRevisionsMode: {
                defaultValue: "Single",
                serializedName: "activeRevisionsMode",
                type: {
                    name: "String",
                },
            },
            ingress: {
                serializedName: "ingress",
                type: {
                    name: "Composite",
                    className: "Ingress",
                },
            },
            registries: {
                serializedName: "registries",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RegistryCredentials",
                        },
                    },
                },
            },
            dapr: {
                serializedName: "dapr",
                type: {
                    name: "Composite",
                    className: "Dapr",
                },
            },
            runtime: {
                serializedName: "runtime",
                type: {
                    name: "Composite",
                    className: "Runtime",
                },
            },
            maxInactiveRevisions: {
                serializedName: "maxInactiveRevisions",
                type: {
                    name: "Number",
                },
            },
            service: {
                serializedName: "service",
                type: {
                    name: "Composite",
                    className: "Service",
                },
            },
            identitySettings: {
                serializedName: "identitySettings",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "IdentitySettings",
                        },
                    },
                },
            },
        },
    },
};
const Ingress = {
    type: {
        name: "Composite",
        className: "Ingress",
        modelProperties: {
            fqdn: {
                serializedName: "fqdn",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            external: {
                defaultValue: false,
                serializedName: "external",
                type: {
                    name: "Boolean",
                },
            },
            targetPort: {
                serializedName: "targetPort",
                type: {
                    name: "Number",
                },
            },
            exposedPort: {
                serializedName: "exposedPort",
                type: {
                    name: "Number",
                },
            },
            transport: {
                defaultValue: "auto",
                serializedName: "transport",
                type: {
                    name: "String",
                },
            },
            traffic: {
                serializedName: "traffic",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "TrafficWeight",
                        },
                    },
                },
            },
            customDomains: {
                serializedName: "customDomains",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CustomDomain",
                        },
                    },
                },
            },
            allowInsecure: {
                defaultValue: false,
                serializedName: "allowInsecure",
                type: {
                    name: "Boolean",
                },
            },
            ipSecurityRestrictions: {
                serializedName: "ipSecurityRestrictions",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "IpSecurityRestrictionRule",
                        },
                    },
                },
            },
            stickySessions: {
                serializedName: "stickySessions",
                type: {
                    name: "Composite",
                    className: "IngressStickySessions",
                },
            },
            clientCertificateMode: {
                serializedName: "clientCertificateMode",
                type: {
                    name: "String",
                },
            },
            corsPolicy: {
                serializedName: "corsPolicy",
                type: {
                    name: "Composite",
                    className: "CorsPolicy",
                },
            },
            additionalPortMappings: {
                serializedName: "additionalPortMappings",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "IngressPortMapping",
                        },
                    },
                },
            },
        },
    },
};
const TrafficWeight = {
    type: {
        name: "Composite",
        className: "TrafficWeight",
        modelProperties: {
            revisionName: {
                serializedName: "revisionName",
                type: {
                    name: "String",
                },
            },
            weight: {
                serializedName: "weight",
                type: {
                    name: "Number",
                },
            },
            latestRevision: {
                defaultValue: false,
                serializedName: "latestRevision",
                type: {
                    name: "Boolean",
                },
            },
            label: {
                serializedName: "label",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomDomain = {
    type: {
        name: "Composite",
        className: "CustomDomain",
        modelProperties: {
            name: {
                serializedName: "name",
                required: true,
                type: {
                    name: "String",
                },
            },
            bindingType: {
                serializedName: "bindingType",
                type: {
                    name: "String",
                },
            },
            certificateId: {
                serializedName: "certificateId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const IpSecurityRestrictionRule = {
    type: {
        name: "Composite",
        className: "IpSecurityRestrictionRule",
        modelProperties: {
            name: {
                serializedName: "name",
                required: true,
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            ipAddressRange: {
                serializedName: "ipAddressRange",
                required: true,
                type: {
                    name: "String",
                },
            },
            action: {
                serializedName: "action",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const IngressStickySessions = {
    type: {
        name: "Composite",
        className: "IngressStickySessions",
        modelProperties: {
            affinity: {
                serializedName: "affinity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CorsPolicy = {
    type: {
        name: "Composite",
        className: "CorsPolicy",
        modelProperties: {
            allowedOrigins: {
                serializedName: "allowedOrigins",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            allowedMethods: {
                serializedName: "allowedMethods",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            allowedHeaders: {
                serializedName: "allowedHeaders",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            exposeHeaders: {
                serializedName: "exposeHeaders",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            maxAge: {
                serializedName: "maxAge",
                type: {
                    name: "Number",
                },
            },
            allowCredentials: {
                serializedName: "allowCredentials",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const IngressPortMapping = {
    type: {
        name: "Composite",
        className: "IngressPortMapping",
        modelProperties: {
            external: {
                serializedName: "external",
                required: true,
                type: {
                    name: "Boolean",
                },
            },
            targetPort: {
                serializedName: "targetPort",
                required: true,
                type: {
                    name: "Number",
                },
            },
            exposedPort: {
                serializedName: "exposedPort",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const RegistryCredentials = {
    type: {
        name: "Composite",
        className: "RegistryCredentials",
        modelProperties: {
            server: {
                serializedName: "server",
                type: {
                    name: "String",
                },
            },
            username: {
                serializedName: "username",
                type: {
                    name: "String",
                },
            },
            passwordSecretRef: {
                serializedName: "passwordSecretRef",
                type: {
                    name: "String",
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Dapr = {
    type: {
        name: "Composite",
        className: "Dapr",
        modelProperties: {
            enabled: {
                defaultValue: false,
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            appId: {
                serializedName: "appId",
                type: {
                    name: "String",
                },
            },
            appProtocol: {
                defaultValue: "http",
                serializedName: "appProtocol",
                type: {
                    name: "String",
                },
            },
            appPort: {
                serializedName: "appPort",
                type: {
                    name: "Number",
                },
            },
            httpReadBufferSize: {
                serializedName: "httpReadBufferSize",
                type: {
                    name: "Number",
                },
            },
            httpMaxRequestSize: {
                serializedName: "httpMaxRequestSize",
                type: {
                    name: "Number",
                },
            },
            logLevel: {
                serializedName: "logLevel",
                type: {
                    name: "String",
                },
            },
            enableApiLogging: {
                serializedName: "enableApiLogging",
                type: {
                    name: "Boolean",
                },
            },
            appHealth: {
                serializedName: "appHealth",
                type: {
                    name: "Composite",
                    className: "DaprAppHealth",
                },
            },
            maxConcurrency: {
                serializedName: "maxConcurrency",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const DaprAppHealth = {
    type: {
        name: "Composite",
        className: "DaprAppHealth",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
            path: {
                serializedName: "path",
                type: {
                    name: "String",
                },
            },
            probeIntervalSeconds: {
                constraints: {
                    InclusiveMinimum: 1,
                },
                serializedName: "probeIntervalSeconds",
                type: {
                    name: "Number",
                },
            },
            probeTimeoutMilliseconds: {
                constraints: {
                    InclusiveMinimum: 1,
                },
                serializedName: "probeTimeoutMilliseconds",
                type: {
                    name: "Number",
                },
            },
            threshold: {
                constraints: {
                    InclusiveMinimum: 1,
                },
                serializedName: "threshold",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const Runtime = {
    type: {
        name: "Composite",
        className: "Runtime",
        modelProperties: {
            java: {
                serializedName: "java",
                type: {
                    name: "Composite",
                    className: "RuntimeJava",
                },
            },
        },
    },
};
const RuntimeJava = {
    type: {
        name: "Composite",
        className: "RuntimeJava",
        modelProperties: {
            enableMetrics: {
                serializedName: "enableMetrics",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const Service = {
    type: {
        name: "Composite",
        className: "Service",
        modelProperties: {
            type: {
                serializedName: "type",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const IdentitySettings = {
    type: {
        name: "Composite",
        className: "IdentitySettings",
        modelProperties: {
            identity: {
                serializedName: "identity",
                required: true,
                type: {
                    name: "String",
                },
            },
            lifecycle: {
                serializedName: "lifecycle",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Template = {
    type: {
        name: "Composite",
        className: "Template",
        modelProperties: {
            revisionSuffix: {
                serializedName: "revisionSuffix",
                type: {
                    name: "String",
                },
            },
            terminationGracePeriodSeconds: {
                serializedName: "terminationGracePeriodSeconds",
                type: {
                    name: "Number",
                },
            },
            initContainers: {
                serializedName: "initContainers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "InitContainer",
                        },
                    },
                },
            },
            containers: {
                serializedName: "containers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Container",
                        },
                    },
                },
            },
            scale: {
                serializedName: "scale",
                type: {
                    name: "Composite",
                    className: "Scale",
                },
            },
            volumes: {
                serializedName: "volumes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Volume",
                        },
                    },
                },
            },
            serviceBinds: {
                serializedName: "serviceBinds",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ServiceBind",
                        },
                    },
                },
            },
        },
    },
};
const BaseContainer = {
    type: {
        name: "Composite",
        className: "BaseContainer",
        modelProperties: {
            image: {
                serializedName: "image",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            command: {
                serializedName: "command",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            args: {
                serializedName: "args",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            env: {
                serializedName: "env",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "EnvironmentVar",
                        },
                    },
                },
            },
            resources: {
                serializedName: "resources",
                type: {
                    name: "Composite",
                    className: "ContainerResources",
                },
            },
            volumeMounts: {
                serializedName: "volumeMounts",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "VolumeMount",
                        },
                    },
                },
            },
        },
    },
};
const EnvironmentVar = {
    type: {
        name: "Composite",
        className: "EnvironmentVar",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
            secretRef: {
                serializedName: "secretRef",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerResources = {
    type: {
        name: "Composite",
        className: "ContainerResources",
        modelProperties: {
            cpu: {
                serializedName: "cpu",
                type: {
                    name: "Number",
                },
            },
            memory: {
                serializedName: "memory",
                type: {
                    name: "String",
                },
            },
            ephemeralStorage: {
                serializedName: "ephemeralStorage",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const VolumeMount = {
    type: {
        name: "Composite",
        className: "VolumeMount",
        modelProperties: {
            volumeName: {
                serializedName: "volumeName",
                type: {
                    name: "String",
                },
            },
            mountPath: {
                serializedName: "mountPath",
                type: {
                    name: "String",
                },
            },
            subPath: {
                serializedName: "subPath",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppProbe = {
    type: {
        name: "Composite",
        className: "ContainerAppProbe",
        modelProperties: {
            failureThreshold: {
                serializedName: "failureThreshold",
                type: {
                    name: "Number",
                },
            },
            httpGet: {
                serializedName: "httpGet",
                type: {
                    name: "Composite",
                    className: "ContainerAppProbeHttpGet",
                },
            },
            initialDelaySeconds: {
                serializedName: "initialDelaySeconds",
                type: {
                    name: "Number",
                },
            },
            periodSeconds: {
                serializedName: "periodSeconds",
                type: {
                    name: "Number",
                },
            },
            successThreshold: {
                serializedName: "successThreshold",
                type: {
                    name: "Number",
                },
            },
            tcpSocket: {
                serializedName: "tcpSocket",
                type: {
                    name: "Composite",
                    className: "ContainerAppProbeTcpSocket",
                },
            },
            terminationGracePeriodSeconds: {
                serializedName: "terminationGracePeriodSeconds",
                type: {
                    name: "Number",
                },
            },
            timeoutSeconds: {
                serializedName: "timeoutSeconds",
                type: {
                    name: "Number",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppProbeHttpGet = {
    type: {
        name: "Composite",
        className: "ContainerAppProbeHttpGet",
        modelProperties: {
            host: {
                serializedName: "host",
                type: {
                    name: "String",
                },
            },
            httpHeaders: {
                serializedName: "httpHeaders",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ContainerAppProbeHttpGetHttpHeadersItem",
                        },
                    },
                },
            },
            path: {
                serializedName: "path",
                type: {
                    name: "String",
                },
            },
            port: {
                serializedName: "port",
                required: true,
                type: {
                    name: "Number",
                },
            },
            scheme: {
                serializedName: "scheme",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppProbeHttpGetHttpHeadersItem = {
    type: {
        name: "Composite",
        className: "ContainerAppProbeHttpGetHttpHeadersItem",
        modelProperties: {
            name: {
                serializedName: "name",
                required: true,
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppProbeTcpSocket = {
    type: {
        name: "Composite",
        className: "ContainerAppProbeTcpSocket",
        modelProperties: {
            host: {
                serializedName: "host",
                type: {
                    name: "String",
                },
            },
            port: {
                serializedName: "port",
                required: true,
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const Scale = {
    type: {
        name: "Composite",
        className: "Scale",
        modelProperties: {
            minReplicas: {
                serializedName: "minReplicas",
                type: {
                    name: "Number",
                },
            },
            maxReplicas: {
                defaultValue: 10,
                serializedName: "maxReplicas",
                type: {
                    name: "Number",
                },
            },
            cooldownPeriod: {
                serializedName: "cooldownPeriod",
                type: {
                    name: "Number",
                },
            },
            pollingInterval: {
                serializedName: "pollingInterval",
                type: {
                    name: "Number",
                },
            },
            rules: {
                serializedName: "rules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScaleRule",
                        },
                    },
                },
            },
        },
    },
};
const ScaleRule = {
    type: {
        name: "Composite",
        className: "ScaleRule",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            azureQueue: {
                serializedName: "azureQueue",
                type: {
                    name: "Composite",
                    className: "QueueScaleRule",
                },
            },
            custom: {
                serializedName: "custom",
                type: {
                    name: "Composite",
                    className: "CustomScaleRule",
                },
            },
            http: {
                serializedName: "http",
                type: {
                    name: "Composite",
                    className: "HttpScaleRule",
                },
            },
            tcp: {
                serializedName: "tcp",
                type: {
                    name: "Composite",
                    className: "TcpScaleRule",
                },
            },
        },
    },
};
const QueueScaleRule = {
    type: {
        name: "Composite",
        className: "QueueScaleRule",
        modelProperties: {
            accountName: {
                serializedName: "accountName",
                type: {
                    name: "String",
                },
            },
            queueName: {
                serializedName: "queueName",
                type: {
                    name: "String",
                },
            },
            queueLength: {
                serializedName: "queueLength",
                type: {
                    name: "Number",
                },
            },
            auth: {
                serializedName: "auth",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScaleRuleAuth",
                        },
                    },
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ScaleRuleAuth = {
    type: {
        name: "Composite",
        className: "ScaleRuleAuth",
        modelProperties: {
            secretRef: {
                serializedName: "secretRef",
                type: {
                    name: "String",
                },
            },
            triggerParameter: {
                serializedName: "triggerParameter",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomScaleRule = {
    type: {
        name: "Composite",
        className: "CustomScaleRule",
        modelProperties: {
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
            metadata: {
                serializedName: "metadata",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            auth: {
                serializedName: "auth",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScaleRuleAuth",
                        },
                    },
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpScaleRule = {
    type: {
        name: "Composite",
        className: "HttpScaleRule",
        modelProperties: {
            metadata: {
                serializedName: "metadata",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            auth: {
                serializedName: "auth",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScaleRuleAuth",
                        },
                    },
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const TcpScaleRule = {
    type: {
        name: "Composite",
        className: "TcpScaleRule",
        modelProperties: {
            metadata: {
                serializedName: "metadata",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            auth: {
                serializedName: "auth",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScaleRuleAuth",
                        },
                    },
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Volume = {
    type: {
        name: "Composite",
        className: "Volume",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            storageType: {
                serializedName: "storageType",
                type: {
                    name: "String",
                },
            },
            storageName: {
                serializedName: "storageName",
                type: {
                    name: "String",
                },
            },
            secrets: {
                serializedName: "secrets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SecretVolumeItem",
                        },
                    },
                },
            },
            mountOptions: {
                serializedName: "mountOptions",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SecretVolumeItem = {
    type: {
        name: "Composite",
        className: "SecretVolumeItem",
        modelProperties: {
            secretRef: {
                serializedName: "secretRef",
                type: {
                    name: "String",
                },
            },
            path: {
                serializedName: "path",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ServiceBind = {
    type: {
        name: "Composite",
        className: "ServiceBind",
        modelProperties: {
            serviceId: {
                serializedName: "serviceId",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const CustomHostnameAnalysisResult = {
    type: {
        name: "Composite",
        className: "CustomHostnameAnalysisResult",
        modelProperties: {
            hostName: {
                serializedName: "hostName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            isHostnameAlreadyVerified: {
                serializedName: "isHostnameAlreadyVerified",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            customDomainVerificationTest: {
                serializedName: "customDomainVerificationTest",
                readOnly: true,
                type: {
                    name: "Enum",
                    allowedValues: ["Passed", "Failed", "Skipped"],
                },
            },
            customDomainVerificationFailureInfo: {
                serializedName: "customDomainVerificationFailureInfo",
                type: {
                    name: "Composite",
                    className: "CustomHostnameAnalysisResultCustomDomainVerificationFailureInfo",
                },
            },
            hasConflictOnManagedEnvironment: {
                serializedName: "hasConflictOnManagedEnvironment",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            conflictWithEnvironmentCustomDomain: {
                serializedName: "conflictWithEnvironmentCustomDomain",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            conflictingContainerAppResourceId: {
                serializedName: "conflictingContainerAppResourceId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            cNameRecords: {
                serializedName: "cNameRecords",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            txtRecords: {
                serializedName: "txtRecords",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            aRecords: {
                serializedName: "aRecords",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            alternateCNameRecords: {
                serializedName: "alternateCNameRecords",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            alternateTxtRecords: {
                serializedName: "alternateTxtRecords",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const CustomHostnameAnalysisResultCustomDomainVerificationFailureInfo = {
    type: {
        name: "Composite",
        className: "CustomHostnameAnalysisResultCustomDomainVerificationFailureInfo",
        modelProperties: {
            code: {
                serializedName: "code",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            target: {
                serializedName: "target",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            details: {
                serializedName: "details",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CustomHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItem",
                        },
                    },
                },
            },
        },
    },
};
const CustomHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItem = {
    type: {
        name: "Composite",
        className: "CustomHostnameAnalysisResultCustomDomainVerificationFailureInfoDetailsItem",
        modelProperties: {
            code: {
                serializedName: "code",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            target: {
                serializedName: "target",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SecretsCollection = {
    type: {
        name: "Composite",
        className: "SecretsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ContainerAppSecret",
                        },
                    },
                },
            },
        },
    },
};
const ContainerAppSecret = {
    type: {
        name: "Composite",
        className: "ContainerAppSecret",
        modelProperties: {
            name: {
                serializedName: "name",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            identity: {
                serializedName: "identity",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            keyVaultUrl: {
                serializedName: "keyVaultUrl",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RevisionCollection = {
    type: {
        name: "Composite",
        className: "RevisionCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Revision",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ReplicaContainer = {
    type: {
        name: "Composite",
        className: "ReplicaContainer",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            containerId: {
                serializedName: "containerId",
                type: {
                    name: "String",
                },
            },
            ready: {
                serializedName: "ready",
                type: {
                    name: "Boolean",
                },
            },
            started: {
                serializedName: "started",
                type: {
                    name: "Boolean",
                },
            },
            restartCount: {
                serializedName: "restartCount",
                type: {
                    name: "Number",
                },
            },
            runningState: {
                serializedName: "runningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            runningStateDetails: {
                serializedName: "runningStateDetails",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            logStreamEndpoint: {
                serializedName: "logStreamEndpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            execEndpoint: {
                serializedName: "execEndpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ReplicaCollection = {
    type: {
        name: "Composite",
        className: "ReplicaCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Replica",
                        },
                    },
                },
            },
        },
    },
};
const DiagnosticsCollection = {
    type: {
        name: "Composite",
        className: "DiagnosticsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Diagnostics",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DiagnosticsProperties = {
    type: {
        name: "Composite",
        className: "DiagnosticsProperties",
        modelProperties: {
            metadata: {
                serializedName: "metadata",
                type: {
                    name: "Composite",
                    className: "DiagnosticsDefinition",
                },
            },
            dataset: {
                serializedName: "dataset",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DiagnosticsDataApiResponse",
                        },
                    },
                },
            },
            status: {
                serializedName: "status",
                type: {
                    name: "Composite",
                    className: "DiagnosticsStatus",
                },
            },
            dataProviderMetadata: {
                serializedName: "dataProviderMetadata",
                type: {
                    name: "Composite",
                    className: "DiagnosticDataProviderMetadata",
                },
            },
        },
    },
};
const DiagnosticsDefinition = {
    type: {
        name: "Composite",
        className: "DiagnosticsDefinition",
        modelProperties: {
            id: {
                serializedName: "id",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            author: {
                serializedName: "author",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            category: {
                serializedName: "category",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            supportTopicList: {
                serializedName: "supportTopicList",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DiagnosticSupportTopic",
                        },
                    },
                },
            },
            analysisTypes: {
                serializedName: "analysisTypes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            type: {
                serializedName: "type",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            score: {
                serializedName: "score",
                readOnly: true,
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const DiagnosticSupportTopic = {
    type: {
        name: "Composite",
        className: "DiagnosticSupportTopic",
        modelProperties: {
            id: {
                serializedName: "id",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            pesId: {
                serializedName: "pesId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DiagnosticsDataApiResponse = {
    type: {
        name: "Composite",
        className: "DiagnosticsDataApiResponse",
        modelProperties: {
            table: {
                serializedName: "table",
                type: {
                    name: "Composite",
                    className: "DiagnosticDataTableResponseObject",
                },
            },
            renderingProperties: {
                serializedName: "renderingProperties",
                type: {
                    name: "Composite",
                    className: "DiagnosticRendering",
                },
            },
        },
    },
};
const DiagnosticDataTableResponseObject = {
    type: {
        name: "Composite",
        className: "DiagnosticDataTableResponseObject",
        modelProperties: {
            tableName: {
                serializedName: "tableName",
                type: {
                    name: "String",
                },
            },
            columns: {
                serializedName: "columns",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DiagnosticDataTableResponseColumn",
                        },
                    },
                },
            },
            rows: {
                serializedName: "rows",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Dictionary",
                            value: { type: { name: "any" } },
                        },
                    },
                },
            },
        },
    },
};
const DiagnosticDataTableResponseColumn = {
    type: {
        name: "Composite",
        className: "DiagnosticDataTableResponseColumn",
        modelProperties: {
            columnName: {
                serializedName: "columnName",
                type: {
                    name: "String",
                },
            },
            dataType: {
                serializedName: "dataType",
                type: {
                    name: "String",
                },
            },
            columnType: {
                serializedName: "columnType",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DiagnosticRendering = {
    type: {
        name: "Composite",
        className: "DiagnosticRendering",
        modelProperties: {
            type: {
                serializedName: "type",
                type: {
                    name: "Number",
                },
            },
            title: {
                serializedName: "title",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            isVisible: {
                serializedName: "isVisible",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const DiagnosticsStatus = {
    type: {
        name: "Composite",
        className: "DiagnosticsStatus",
        modelProperties: {
            message: {
                serializedName: "message",
                type: {
                    name: "String",
                },
            },
            statusId: {
                serializedName: "statusId",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const DiagnosticDataProviderMetadata = {
    type: {
        name: "Composite",
        className: "DiagnosticDataProviderMetadata",
        modelProperties: {
            providerName: {
                serializedName: "providerName",
                type: {
                    name: "String",
                },
            },
            propertyBag: {
                serializedName: "propertyBag",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DiagnosticDataProviderMetadataPropertyBagItem",
                        },
                    },
                },
            },
        },
    },
};
const DiagnosticDataProviderMetadataPropertyBagItem = {
    type: {
        name: "Composite",
        className: "DiagnosticDataProviderMetadataPropertyBagItem",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const VnetConfiguration = {
    type: {
        name: "Composite",
        className: "VnetConfiguration",
        modelProperties: {
            internal: {
                serializedName: "internal",
                type: {
                    name: "Boolean",
                },
            },
            infrastructureSubnetId: {
                serializedName: "infrastructureSubnetId",
                type: {
                    name: "String",
                },
            },
            dockerBridgeCidr: {
                serializedName: "dockerBridgeCidr",
                type: {
                    name: "String",
                },
            },
            platformReservedCidr: {
                serializedName: "platformReservedCidr",
                type: {
                    name: "String",
                },
            },
            platformReservedDnsIP: {
                serializedName: "platformReservedDnsIP",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AppLogsConfiguration = {
    type: {
        name: "Composite",
        className: "AppLogsConfiguration",
        modelProperties: {
            destination: {
                serializedName: "destination",
                type: {
                    name: "String",
                },
            },
            logAnalyticsConfiguration: {
                serializedName: "logAnalyticsConfiguration",
                type: {
                    name: "Composite",
                    className: "LogAnalyticsConfiguration",
                },
            },
        },
    },
};
const LogAnalyticsConfiguration = {
    type: {
        name: "Composite",
        className: "LogAnalyticsConfiguration",
        modelProperties: {
            customerId: {
                serializedName: "customerId",
                type: {
                    name: "String",
                },
            },
            sharedKey: {
                serializedName: "sharedKey",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const WorkloadProfile = {
    type: {
        name: "Composite",
        className: "WorkloadProfile",
        modelProperties: {
            name: {
                serializedName: "name",
                required: true,
                type: {
                    name: "String",
                },
            },
            workloadProfileType: {
                serializedName: "workloadProfileType",
                required: true,
                type: {
                    name: "String",
                },
            },
            minimumCount: {
                serializedName: "minimumCount",
                type: {
                    name: "Number",
                },
            },
            maximumCount: {
                serializedName: "maximumCount",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const KedaConfiguration = {
    type: {
        name: "Composite",
        className: "KedaConfiguration",
        modelProperties: {
            version: {
                serializedName: "version",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DaprConfiguration = {
    type: {
        name: "Composite",
        className: "DaprConfiguration",
        modelProperties: {
            version: {
                serializedName: "version",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedEnvironmentPropertiesPeerAuthentication = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentPropertiesPeerAuthentication",
        modelProperties: {
            mtls: {
                serializedName: "mtls",
                type: {
                    name: "Composite",
                    className: "Mtls",
                },
            },
        },
    },
};
const Mtls = {
    type: {
        name: "Composite",
        className: "Mtls",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const ManagedEnvironmentPropertiesPeerTrafficConfiguration = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentPropertiesPeerTrafficConfiguration",
        modelProperties: {
            encryption: {
                serializedName: "encryption",
                type: {
                    name: "Composite",
                    className: "ManagedEnvironmentPropertiesPeerTrafficConfigurationEncryption",
                },
            },
        },
    },
};
const ManagedEnvironmentPropertiesPeerTrafficConfigurationEncryption = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentPropertiesPeerTrafficConfigurationEncryption",
        modelProperties: {
            enabled: {
                serializedName: "enabled",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const IngressConfiguration = {
    type: {
        name: "Composite",
        className: "IngressConfiguration",
        modelProperties: {
            workloadProfileName: {
                serializedName: "workloadProfileName",
                type: {
                    name: "String",
                },
            },
            terminationGracePeriodSeconds: {
                serializedName: "terminationGracePeriodSeconds",
                type: {
                    name: "Number",
                },
            },
            headerCountLimit: {
                serializedName: "headerCountLimit",
                type: {
                    name: "Number",
                },
            },
            requestIdleTimeout: {
                serializedName: "requestIdleTimeout",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const PrivateEndpoint = {
    type: {
        name: "Composite",
        className: "PrivateEndpoint",
        modelProperties: {
            id: {
                serializedName: "id",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PrivateLinkServiceConnectionState = {
    type: {
        name: "Composite",
        className: "PrivateLinkServiceConnectionState",
        modelProperties: {
            status: {
                serializedName: "status",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
            actionsRequired: {
                serializedName: "actionsRequired",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobConfiguration = {
    type: {
        name: "Composite",
        className: "JobConfiguration",
        modelProperties: {
            secrets: {
                serializedName: "secrets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Secret",
                        },
                    },
                },
            },
            triggerType: {
                defaultValue: "Manual",
                serializedName: "triggerType",
                required: true,
                type: {
                    name: "String",
                },
            },
            replicaTimeout: {
                serializedName: "replicaTimeout",
                required: true,
                type: {
                    name: "Number",
                },
            },
            replicaRetryLimit: {
                serializedName: "replicaRetryLimit",
                type: {
                    name: "Number",
                },
            },
            manualTriggerConfig: {
                serializedName: "manualTriggerConfig",
                type: {
                    name: "Composite",
                    className: "JobConfigurationManualTriggerConfig",
                },
            },
            scheduleTriggerConfig: {
                serializedName: "scheduleTriggerConfig",
                type: {
                    name: "Composite",
                    className: "JobConfigurationScheduleTriggerConfig",
                },
            },
            eventTriggerConfig: {
                serializedName: "eventTriggerConfig",
                type: {
                    name: "Composite",
                    className: "JobConfigurationEventTriggerConfig",
                },
            },
            registries: {
                serializedName: "registries",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "RegistryCredentials",
                        },
                    },
                },
            },
            identitySettings: {
                serializedName: "identitySettings",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "IdentitySettings",
                        },
                    },
                },
            },
        },
    },
};
const JobConfigurationManualTriggerConfig = {
    type: {
        name: "Composite",
        className: "JobConfigurationManualTriggerConfig",
        modelProperties: {
            replicaCompletionCount: {
                serializedName: "replicaCompletionCount",
                type: {
                    name: "Number",
                },
            },
            parallelism: {
                serializedName: "parallelism",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const JobConfigurationScheduleTriggerConfig = {
    type: {
        name: "Composite",
        className: "JobConfigurationScheduleTriggerConfig",
        modelProperties: {
            replicaCompletionCount: {
                serializedName: "replicaCompletionCount",
                type: {
                    name: "Number",
                },
            },
            cronExpression: {
                serializedName: "cronExpression",
                required: true,
                type: {
                    name: "String",
                },
            },
            parallelism: {
                serializedName: "parallelism",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const JobConfigurationEventTriggerConfig = {
    type: {
        name: "Composite",
        className: "JobConfigurationEventTriggerConfig",
        modelProperties: {
            replicaCompletionCount: {
                serializedName: "replicaCompletionCount",
                type: {
                    name: "Number",
                },
            },
            parallelism: {
                serializedName: "parallelism",
                type: {
                    name: "Number",
                },
            },
            scale: {
                serializedName: "scale",
                type: {
                    name: "Composite",
                    className: "JobScale",
                },
            },
        },
    },
};
const JobScale = {
    type: {
        name: "Composite",
        className: "JobScale",
        modelProperties: {
            pollingInterval: {
                serializedName: "pollingInterval",
                type: {
                    name: "Number",
                },
            },
            minExecutions: {
                defaultValue: 0,
                serializedName: "minExecutions",
                type: {
                    name: "Number",
                },
            },
            maxExecutions: {
                defaultValue: 100,
                serializedName: "maxExecutions",
                type: {
                    name: "Number",
                },
            },
            rules: {
                serializedName: "rules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JobScaleRule",
                        },
                    },
                },
            },
        },
    },
};
const JobScaleRule = {
    type: {
        name: "Composite",
        className: "JobScaleRule",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
            metadata: {
                serializedName: "metadata",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "any" } },
                },
            },
            auth: {
                serializedName: "auth",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScaleRuleAuth",
                        },
                    },
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobTemplate = {
    type: {
        name: "Composite",
        className: "JobTemplate",
        modelProperties: {
            initContainers: {
                serializedName: "initContainers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "InitContainer",
                        },
                    },
                },
            },
            containers: {
                serializedName: "containers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Container",
                        },
                    },
                },
            },
            volumes: {
                serializedName: "volumes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Volume",
                        },
                    },
                },
            },
        },
    },
};
const AvailableOperations = {
    type: {
        name: "Composite",
        className: "AvailableOperations",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "OperationDetail",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const OperationDetail = {
    type: {
        name: "Composite",
        className: "OperationDetail",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            isDataAction: {
                serializedName: "isDataAction",
                type: {
                    name: "Boolean",
                },
            },
            display: {
                serializedName: "display",
                type: {
                    name: "Composite",
                    className: "OperationDisplay",
                },
            },
            origin: {
                serializedName: "origin",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const OperationDisplay = {
    type: {
        name: "Composite",
        className: "OperationDisplay",
        modelProperties: {
            provider: {
                serializedName: "provider",
                type: {
                    name: "String",
                },
            },
            resource: {
                serializedName: "resource",
                type: {
                    name: "String",
                },
            },
            operation: {
                serializedName: "operation",
                type: {
                    name: "String",
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JavaComponentsCollection = {
    type: {
        name: "Composite",
        className: "JavaComponentsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JavaComponent",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JavaComponentProperties = {
    type: {
        name: "Composite",
        className: "JavaComponentProperties",
        uberParent: "JavaComponentProperties",
        polymorphicDiscriminator: {
            serializedName: "componentType",
            clientName: "componentType",
        },
        modelProperties: {
            componentType: {
                serializedName: "componentType",
                required: true,
                type: {
                    name: "String",
                },
            },
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            configurations: {
                serializedName: "configurations",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JavaComponentConfigurationProperty",
                        },
                    },
                },
            },
            scale: {
                serializedName: "scale",
                type: {
                    name: "Composite",
                    className: "JavaComponentPropertiesScale",
                },
            },
            serviceBinds: {
                serializedName: "serviceBinds",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JavaComponentServiceBind",
                        },
                    },
                },
            },
        },
    },
};
const JavaComponentConfigurationProperty = {
    type: {
        name: "Composite",
        className: "JavaComponentConfigurationProperty",
        modelProperties: {
            propertyName: {
                serializedName: "propertyName",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JavaComponentPropertiesScale = {
    type: {
        name: "Composite",
        className: "JavaComponentPropertiesScale",
        modelProperties: {
            minReplicas: {
                serializedName: "minReplicas",
                type: {
                    name: "Number",
                },
            },
            maxReplicas: {
                serializedName: "maxReplicas",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const JavaComponentServiceBind = {
    type: {
        name: "Composite",
        className: "JavaComponentServiceBind",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            serviceId: {
                serializedName: "serviceId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobsCollection = {
    type: {
        name: "Composite",
        className: "JobsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Job",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobPatchProperties = {
    type: {
        name: "Composite",
        className: "JobPatchProperties",
        modelProperties: {
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "ManagedServiceIdentity",
                },
            },
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "JobPatchPropertiesProperties",
                },
            },
        },
    },
};
const JobPatchPropertiesProperties = {
    type: {
        name: "Composite",
        className: "JobPatchPropertiesProperties",
        modelProperties: {
            environmentId: {
                serializedName: "environmentId",
                type: {
                    name: "String",
                },
            },
            configuration: {
                serializedName: "configuration",
                type: {
                    name: "Composite",
                    className: "JobConfiguration",
                },
            },
            template: {
                serializedName: "template",
                type: {
                    name: "Composite",
                    className: "JobTemplate",
                },
            },
            outboundIpAddresses: {
                serializedName: "outboundIpAddresses",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            eventStreamEndpoint: {
                serializedName: "eventStreamEndpoint",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobExecutionTemplate = {
    type: {
        name: "Composite",
        className: "JobExecutionTemplate",
        modelProperties: {
            containers: {
                serializedName: "containers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JobExecutionContainer",
                        },
                    },
                },
            },
            initContainers: {
                serializedName: "initContainers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JobExecutionContainer",
                        },
                    },
                },
            },
        },
    },
};
const JobExecutionContainer = {
    type: {
        name: "Composite",
        className: "JobExecutionContainer",
        modelProperties: {
            image: {
                serializedName: "image",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            command: {
                serializedName: "command",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            args: {
                serializedName: "args",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            env: {
                serializedName: "env",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "EnvironmentVar",
                        },
                    },
                },
            },
            resources: {
                serializedName: "resources",
                type: {
                    name: "Composite",
                    className: "ContainerResources",
                },
            },
        },
    },
};
const JobExecutionBase = {
    type: {
        name: "Composite",
        className: "JobExecutionBase",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            id: {
                serializedName: "id",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppJobExecutions = {
    type: {
        name: "Composite",
        className: "ContainerAppJobExecutions",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JobExecution",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobExecution = {
    type: {
        name: "Composite",
        className: "JobExecution",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            id: {
                serializedName: "id",
                type: {
                    name: "String",
                },
            },
            type: {
                serializedName: "type",
                type: {
                    name: "String",
                },
            },
            status: {
                serializedName: "properties.status",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            startTime: {
                serializedName: "properties.startTime",
                type: {
                    name: "DateTime",
                },
            },
            endTime: {
                serializedName: "properties.endTime",
                type: {
                    name: "DateTime",
                },
            },
            template: {
                serializedName: "properties.template",
                type: {
                    name: "Composite",
                    className: "JobExecutionTemplate",
                },
            },
        },
    },
};
const JobSecretsCollection = {
    type: {
        name: "Composite",
        className: "JobSecretsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Secret",
                        },
                    },
                },
            },
        },
    },
};
const ManagedEnvironmentsCollection = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentsCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ManagedEnvironment",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedCertificateProperties = {
    type: {
        name: "Composite",
        className: "ManagedCertificateProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            subjectName: {
                serializedName: "subjectName",
                type: {
                    name: "String",
                },
            },
            error: {
                serializedName: "error",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            domainControlValidation: {
                serializedName: "domainControlValidation",
                type: {
                    name: "String",
                },
            },
            validationToken: {
                serializedName: "validationToken",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedCertificatePatch = {
    type: {
        name: "Composite",
        className: "ManagedCertificatePatch",
        modelProperties: {
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
        },
    },
};
const ManagedCertificateCollection = {
    type: {
        name: "Composite",
        className: "ManagedCertificateCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ManagedCertificate",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const WorkloadProfileStatesCollection = {
    type: {
        name: "Composite",
        className: "WorkloadProfileStatesCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "WorkloadProfileStates",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const WorkloadProfileStatesProperties = {
    type: {
        name: "Composite",
        className: "WorkloadProfileStatesProperties",
        modelProperties: {
            minimumCount: {
                serializedName: "minimumCount",
                type: {
                    name: "Number",
                },
            },
            maximumCount: {
                serializedName: "maximumCount",
                type: {
                    name: "Number",
                },
            },
            currentCount: {
                serializedName: "currentCount",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const PrivateEndpointConnectionListResult = {
    type: {
        name: "Composite",
        className: "PrivateEndpointConnectionListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "PrivateEndpointConnection",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PrivateLinkResourceListResult = {
    type: {
        name: "Composite",
        className: "PrivateLinkResourceListResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "PrivateLinkResource",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpRouteConfigProperties = {
    type: {
        name: "Composite",
        className: "HttpRouteConfigProperties",
        modelProperties: {
            provisioningState: {
                serializedName: "provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            provisioningErrors: {
                serializedName: "provisioningErrors",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "HttpRouteProvisioningErrors",
                        },
                    },
                },
            },
            fqdn: {
                serializedName: "fqdn",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            customDomains: {
                serializedName: "customDomains",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "CustomDomain",
                        },
                    },
                },
            },
            rules: {
                serializedName: "rules",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "HttpRouteRule",
                        },
                    },
                },
            },
        },
    },
};
const HttpRouteProvisioningErrors = {
    type: {
        name: "Composite",
        className: "HttpRouteProvisioningErrors",
        modelProperties: {
            timestamp: {
                serializedName: "timestamp",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            message: {
                serializedName: "message",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpRouteRule = {
    type: {
        name: "Composite",
        className: "HttpRouteRule",
        modelProperties: {
            targets: {
                serializedName: "targets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "HttpRouteTarget",
                        },
                    },
                },
            },
            routes: {
                serializedName: "routes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "HttpRoute",
                        },
                    },
                },
            },
            description: {
                serializedName: "description",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpRouteTarget = {
    type: {
        name: "Composite",
        className: "HttpRouteTarget",
        modelProperties: {
            containerApp: {
                serializedName: "containerApp",
                required: true,
                type: {
                    name: "String",
                },
            },
            revision: {
                serializedName: "revision",
                type: {
                    name: "String",
                },
            },
            label: {
                serializedName: "label",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpRoute = {
    type: {
        name: "Composite",
        className: "HttpRoute",
        modelProperties: {
            match: {
                serializedName: "match",
                type: {
                    name: "Composite",
                    className: "HttpRouteMatch",
                },
            },
            action: {
                serializedName: "action",
                type: {
                    name: "Composite",
                    className: "HttpRouteAction",
                },
            },
        },
    },
};
const HttpRouteMatch = {
    type: {
        name: "Composite",
        className: "HttpRouteMatch",
        modelProperties: {
            prefix: {
                serializedName: "prefix",
                type: {
                    name: "String",
                },
            },
            path: {
                serializedName: "path",
                type: {
                    name: "String",
                },
            },
            pathSeparatedPrefix: {
                serializedName: "pathSeparatedPrefix",
                type: {
                    name: "String",
                },
            },
            caseSensitive: {
                serializedName: "caseSensitive",
                type: {
                    name: "Boolean",
                },
            },
        },
    },
};
const HttpRouteAction = {
    type: {
        name: "Composite",
        className: "HttpRouteAction",
        modelProperties: {
            prefixRewrite: {
                serializedName: "prefixRewrite",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpRouteConfigCollection = {
    type: {
        name: "Composite",
        className: "HttpRouteConfigCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "HttpRouteConfig",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const MaintenanceConfigurationCollection = {
    type: {
        name: "Composite",
        className: "MaintenanceConfigurationCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "MaintenanceConfigurationResource",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ScheduledEntry = {
    type: {
        name: "Composite",
        className: "ScheduledEntry",
        modelProperties: {
            weekDay: {
                serializedName: "weekDay",
                required: true,
                type: {
                    name: "Enum",
                    allowedValues: [
                        "Monday",
                        "Tuesday",
                        "Wednesday",
                        "Thursday",
                        "Friday",
                        "Saturday",
                        "Sunday",
                    ],
                },
            },
            startHourUtc: {
                serializedName: "startHourUtc",
                required: true,
                type: {
                    name: "Number",
                },
            },
            durationHours: {
                serializedName: "durationHours",
                required: true,
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const ManagedEnvironmentStoragesCollection = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentStoragesCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ManagedEnvironmentStorage",
                        },
                    },
                },
            },
        },
    },
};
const ManagedEnvironmentStorageProperties = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentStorageProperties",
        modelProperties: {
            azureFile: {
                serializedName: "azureFile",
                type: {
                    name: "Composite",
                    className: "AzureFileProperties",
                },
            },
            nfsAzureFile: {
                serializedName: "nfsAzureFile",
                type: {
                    name: "Composite",
                    className: "NfsAzureFileProperties",
                },
            },
        },
    },
};
const NfsAzureFileProperties = {
    type: {
        name: "Composite",
        className: "NfsAzureFileProperties",
        modelProperties: {
            server: {
                serializedName: "server",
                type: {
                    name: "String",
                },
            },
            accessMode: {
                serializedName: "accessMode",
                type: {
                    name: "String",
                },
            },
            shareName: {
                serializedName: "shareName",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SessionPoolCollection = {
    type: {
        name: "Composite",
        className: "SessionPoolCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SessionPool",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ScaleConfiguration = {
    type: {
        name: "Composite",
        className: "ScaleConfiguration",
        modelProperties: {
            maxConcurrentSessions: {
                serializedName: "maxConcurrentSessions",
                type: {
                    name: "Number",
                },
            },
            readySessionInstances: {
                serializedName: "readySessionInstances",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const SessionPoolSecret = {
    type: {
        name: "Composite",
        className: "SessionPoolSecret",
        modelProperties: {
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const DynamicPoolConfiguration = {
    type: {
        name: "Composite",
        className: "DynamicPoolConfiguration",
        modelProperties: {
            lifecycleConfiguration: {
                serializedName: "lifecycleConfiguration",
                type: {
                    name: "Composite",
                    className: "LifecycleConfiguration",
                },
            },
        },
    },
};
const LifecycleConfiguration = {
    type: {
        name: "Composite",
        className: "LifecycleConfiguration",
        modelProperties: {
            lifecycleType: {
                serializedName: "lifecycleType",
                type: {
                    name: "String",
                },
            },
            cooldownPeriodInSeconds: {
                serializedName: "cooldownPeriodInSeconds",
                type: {
                    name: "Number",
                },
            },
            maxAlivePeriodInSeconds: {
                serializedName: "maxAlivePeriodInSeconds",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const CustomContainerTemplate = {
    type: {
        name: "Composite",
        className: "CustomContainerTemplate",
        modelProperties: {
            registryCredentials: {
                serializedName: "registryCredentials",
                type: {
                    name: "Composite",
                    className: "SessionRegistryCredentials",
                },
            },
            containers: {
                serializedName: "containers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SessionContainer",
                        },
                    },
                },
            },
            ingress: {
                serializedName: "ingress",
                type: {
                    name: "Composite",
                    className: "SessionIngress",
                },
            },
        },
    },
};
const SessionRegistryCredentials = {
    type: {
        name: "Composite",
        className: "SessionRegistryCredentials",
        modelProperties: {
            server: {
                serializedName: "server",
                type: {
                    name: "String",
                },
            },
            username: {
                serializedName: "username",
                type: {
                    name: "String",
                },
            },
            passwordSecretRef: {
                serializedName: "passwordSecretRef",
                type: {
                    name: "String",
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SessionContainer = {
    type: {
        name: "Composite",
        className: "SessionContainer",
        modelProperties: {
            image: {
                serializedName: "image",
                type: {
                    name: "String",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "String",
                },
            },
            command: {
                serializedName: "command",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            args: {
                serializedName: "args",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            env: {
                serializedName: "env",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "EnvironmentVar",
                        },
                    },
                },
            },
            resources: {
                serializedName: "resources",
                type: {
                    name: "Composite",
                    className: "SessionContainerResources",
                },
            },
        },
    },
};
const SessionContainerResources = {
    type: {
        name: "Composite",
        className: "SessionContainerResources",
        modelProperties: {
            cpu: {
                serializedName: "cpu",
                type: {
                    name: "Number",
                },
            },
            memory: {
                serializedName: "memory",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SessionIngress = {
    type: {
        name: "Composite",
        className: "SessionIngress",
        modelProperties: {
            targetPort: {
                serializedName: "targetPort",
                type: {
                    name: "Number",
                },
            },
        },
    },
};
const SessionNetworkConfiguration = {
    type: {
        name: "Composite",
        className: "SessionNetworkConfiguration",
        modelProperties: {
            status: {
                serializedName: "status",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedIdentitySetting = {
    type: {
        name: "Composite",
        className: "ManagedIdentitySetting",
        modelProperties: {
            identity: {
                serializedName: "identity",
                required: true,
                type: {
                    name: "String",
                },
            },
            lifecycle: {
                serializedName: "lifecycle",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const SessionPoolUpdatableProperties = {
    type: {
        name: "Composite",
        className: "SessionPoolUpdatableProperties",
        modelProperties: {
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "ManagedServiceIdentity",
                },
            },
            scaleConfiguration: {
                serializedName: "properties.scaleConfiguration",
                type: {
                    name: "Composite",
                    className: "ScaleConfiguration",
                },
            },
            secrets: {
                serializedName: "properties.secrets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SessionPoolSecret",
                        },
                    },
                },
            },
            dynamicPoolConfiguration: {
                serializedName: "properties.dynamicPoolConfiguration",
                type: {
                    name: "Composite",
                    className: "DynamicPoolConfiguration",
                },
            },
            customContainerTemplate: {
                serializedName: "properties.customContainerTemplate",
                type: {
                    name: "Composite",
                    className: "CustomContainerTemplate",
                },
            },
            sessionNetworkConfiguration: {
                serializedName: "properties.sessionNetworkConfiguration",
                type: {
                    name: "Composite",
                    className: "SessionNetworkConfiguration",
                },
            },
        },
    },
};
const SourceControlCollection = {
    type: {
        name: "Composite",
        className: "SourceControlCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SourceControl",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const GithubActionConfiguration = {
    type: {
        name: "Composite",
        className: "GithubActionConfiguration",
        modelProperties: {
            registryInfo: {
                serializedName: "registryInfo",
                type: {
                    name: "Composite",
                    className: "RegistryInfo",
                },
            },
            azureCredentials: {
                serializedName: "azureCredentials",
                type: {
                    name: "Composite",
                    className: "AzureCredentials",
                },
            },
            contextPath: {
                serializedName: "contextPath",
                type: {
                    name: "String",
                },
            },
            githubPersonalAccessToken: {
                serializedName: "githubPersonalAccessToken",
                type: {
                    name: "String",
                },
            },
            image: {
                serializedName: "image",
                type: {
                    name: "String",
                },
            },
            publishType: {
                serializedName: "publishType",
                type: {
                    name: "String",
                },
            },
            os: {
                serializedName: "os",
                type: {
                    name: "String",
                },
            },
            runtimeStack: {
                serializedName: "runtimeStack",
                type: {
                    name: "String",
                },
            },
            runtimeVersion: {
                serializedName: "runtimeVersion",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const RegistryInfo = {
    type: {
        name: "Composite",
        className: "RegistryInfo",
        modelProperties: {
            registryUrl: {
                serializedName: "registryUrl",
                type: {
                    name: "String",
                },
            },
            registryUserName: {
                serializedName: "registryUserName",
                type: {
                    name: "String",
                },
            },
            registryPassword: {
                serializedName: "registryPassword",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const AzureCredentials = {
    type: {
        name: "Composite",
        className: "AzureCredentials",
        modelProperties: {
            clientId: {
                serializedName: "clientId",
                type: {
                    name: "String",
                },
            },
            clientSecret: {
                serializedName: "clientSecret",
                type: {
                    name: "String",
                },
            },
            tenantId: {
                serializedName: "tenantId",
                type: {
                    name: "String",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            subscriptionId: {
                serializedName: "subscriptionId",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ListUsagesResult = {
    type: {
        name: "Composite",
        className: "ListUsagesResult",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Usage",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Usage = {
    type: {
        name: "Composite",
        className: "Usage",
        modelProperties: {
            unit: {
                defaultValue: "Count",
                isConstant: true,
                serializedName: "unit",
                type: {
                    name: "String",
                },
            },
            currentValue: {
                serializedName: "currentValue",
                required: true,
                type: {
                    name: "Number",
                },
            },
            limit: {
                serializedName: "limit",
                required: true,
                type: {
                    name: "Number",
                },
            },
            name: {
                serializedName: "name",
                type: {
                    name: "Composite",
                    className: "UsageName",
                },
            },
        },
    },
};
const UsageName = {
    type: {
        name: "Composite",
        className: "UsageName",
        modelProperties: {
            value: {
                serializedName: "value",
                type: {
                    name: "String",
                },
            },
            localizedValue: {
                serializedName: "localizedValue",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const WorkflowEnvelopeCollection = {
    type: {
        name: "Composite",
        className: "WorkflowEnvelopeCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "WorkflowEnvelope",
                        },
                    },
                },
            },
            nextLink: {
                serializedName: "nextLink",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const WorkflowEnvelopeProperties = {
    type: {
        name: "Composite",
        className: "WorkflowEnvelopeProperties",
        modelProperties: {
            files: {
                serializedName: "files",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "any" } },
                },
            },
            flowState: {
                serializedName: "flowState",
                type: {
                    name: "String",
                },
            },
            health: {
                serializedName: "health",
                type: {
                    name: "Composite",
                    className: "WorkflowHealth",
                },
            },
        },
    },
};
const WorkflowHealth = {
    type: {
        name: "Composite",
        className: "WorkflowHealth",
        modelProperties: {
            state: {
                serializedName: "state",
                required: true,
                type: {
                    name: "Enum",
                    allowedValues: ["NotSpecified", "Healthy", "Unhealthy", "Unknown"],
                },
            },
            error: {
                serializedName: "error",
                type: {
                    name: "Composite",
                    className: "ErrorEntity",
                },
            },
        },
    },
};
const ErrorEntity = {
    type: {
        name: "Composite",
        className: "ErrorEntity",
        modelProperties: {
            extendedCode: {
                serializedName: "extendedCode",
                type: {
                    name: "String",
                },
            },
            messageTemplate: {
                serializedName: "messageTemplate",
                type: {
                    name: "String",
                },
            },
            parameters: {
                serializedName: "parameters",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            innerErrors: {
                serializedName: "innerErrors",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ErrorEntity",
                        },
                    },
                },
            },
            details: {
                serializedName: "details",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ErrorEntity",
                        },
                    },
                },
            },
            target: {
                serializedName: "target",
                type: {
                    name: "String",
                },
            },
            code: {
                serializedName: "code",
                type: {
                    name: "String",
                },
            },
            message: {
                serializedName: "message",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JavaComponentIngress = {
    type: {
        name: "Composite",
        className: "JavaComponentIngress",
        modelProperties: {
            fqdn: {
                serializedName: "fqdn",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobExecutionNamesCollection = {
    type: {
        name: "Composite",
        className: "JobExecutionNamesCollection",
        modelProperties: {
            value: {
                serializedName: "value",
                required: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "JobExecutionBase",
                        },
                    },
                },
            },
        },
    },
};
const ProxyResource = {
    type: {
        name: "Composite",
        className: "ProxyResource",
        modelProperties: {
            ...Resource.type.modelProperties,
        },
    },
};
const TrackedResource = {
    type: {
        name: "Composite",
        className: "TrackedResource",
        modelProperties: {
            ...Resource.type.modelProperties,
            tags: {
                serializedName: "tags",
                type: {
                    name: "Dictionary",
                    value: { type: { name: "String" } },
                },
            },
            location: {
                serializedName: "location",
                required: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PrivateEndpointConnection = {
    type: {
        name: "Composite",
        className: "PrivateEndpointConnection",
        modelProperties: {
            ...Resource.type.modelProperties,
            groupIds: {
                serializedName: "properties.groupIds",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            privateEndpoint: {
                serializedName: "properties.privateEndpoint",
                type: {
                    name: "Composite",
                    className: "PrivateEndpoint",
                },
            },
            privateLinkServiceConnectionState: {
                serializedName: "properties.privateLinkServiceConnectionState",
                type: {
                    name: "Composite",
                    className: "PrivateLinkServiceConnectionState",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const PrivateLinkResource = {
    type: {
        name: "Composite",
        className: "PrivateLinkResource",
        modelProperties: {
            ...Resource.type.modelProperties,
            groupId: {
                serializedName: "properties.groupId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            requiredMembers: {
                serializedName: "properties.requiredMembers",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            requiredZoneNames: {
                serializedName: "properties.requiredZoneNames",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
        },
    },
};
const ConnectedEnvironmentPatchResource = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentPatchResource",
        modelProperties: {
            ...ResourceTags.type.modelProperties,
        },
    },
};
const InitContainer = {
    type: {
        name: "Composite",
        className: "InitContainer",
        modelProperties: {
            ...BaseContainer.type.modelProperties,
        },
    },
};
const Container = {
    type: {
        name: "Composite",
        className: "Container",
        modelProperties: {
            ...BaseContainer.type.modelProperties,
            probes: {
                serializedName: "probes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ContainerAppProbe",
                        },
                    },
                },
            },
        },
    },
};
const SpringBootAdminComponent = {
    serializedName: "SpringBootAdmin",
    type: {
        name: "Composite",
        className: "SpringBootAdminComponent",
        uberParent: "JavaComponentProperties",
        polymorphicDiscriminator: JavaComponentProperties.type.polymorphicDiscriminator,
        modelProperties: {
            ...JavaComponentProperties.type.modelProperties,
            ingress: {
                serializedName: "ingress",
                type: {
                    name: "Composite",
                    className: "JavaComponentIngress",
                },
            },
        },
    },
};
const SpringCloudEurekaComponent = {
    serializedName: "SpringCloudEureka",
    type: {
        name: "Composite",
        className: "SpringCloudEurekaComponent",
        uberParent: "JavaComponentProperties",
        polymorphicDiscriminator: JavaComponentProperties.type.polymorphicDiscriminator,
        modelProperties: {
            ...JavaComponentProperties.type.modelProperties,
            ingress: {
                serializedName: "ingress",
                type: {
                    name: "Composite",
                    className: "JavaComponentIngress",
                },
            },
        },
    },
};
const SpringCloudConfigComponent = {
    serializedName: "SpringCloudConfig",
    type: {
        name: "Composite",
        className: "SpringCloudConfigComponent",
        uberParent: "JavaComponentProperties",
        polymorphicDiscriminator: JavaComponentProperties.type.polymorphicDiscriminator,
        modelProperties: {
            ...JavaComponentProperties.type.modelProperties,
        },
    },
};
const AuthConfig = {
    type: {
        name: "Composite",
        className: "AuthConfig",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            platform: {
                serializedName: "properties.platform",
                type: {
                    name: "Composite",
                    className: "AuthPlatform",
                },
            },
            globalValidation: {
                serializedName: "properties.globalValidation",
                type: {
                    name: "Composite",
                    className: "GlobalValidation",
                },
            },
            identityProviders: {
                serializedName: "properties.identityProviders",
                type: {
                    name: "Composite",
                    className: "IdentityProviders",
                },
            },
            login: {
                serializedName: "properties.login",
                type: {
                    name: "Composite",
                    className: "Login",
                },
            },
            httpSettings: {
                serializedName: "properties.httpSettings",
                type: {
                    name: "Composite",
                    className: "HttpSettings",
                },
            },
            encryptionSettings: {
                serializedName: "properties.encryptionSettings",
                type: {
                    name: "Composite",
                    className: "EncryptionSettings",
                },
            },
        },
    },
};
const AvailableWorkloadProfile = {
    type: {
        name: "Composite",
        className: "AvailableWorkloadProfile",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "AvailableWorkloadProfileProperties",
                },
            },
        },
    },
};
const BillingMeter = {
    type: {
        name: "Composite",
        className: "BillingMeter",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "BillingMeterProperties",
                },
            },
        },
    },
};
const DaprComponent = {
    type: {
        name: "Composite",
        className: "DaprComponent",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            componentType: {
                serializedName: "properties.componentType",
                type: {
                    name: "String",
                },
            },
            version: {
                serializedName: "properties.version",
                type: {
                    name: "String",
                },
            },
            ignoreErrors: {
                defaultValue: false,
                serializedName: "properties.ignoreErrors",
                type: {
                    name: "Boolean",
                },
            },
            initTimeout: {
                serializedName: "properties.initTimeout",
                type: {
                    name: "String",
                },
            },
            secrets: {
                serializedName: "properties.secrets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "Secret",
                        },
                    },
                },
            },
            secretStoreComponent: {
                serializedName: "properties.secretStoreComponent",
                type: {
                    name: "String",
                },
            },
            metadata: {
                serializedName: "properties.metadata",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "DaprMetadata",
                        },
                    },
                },
            },
            scopes: {
                serializedName: "properties.scopes",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            deploymentErrors: {
                serializedName: "properties.deploymentErrors",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentStorage = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentStorage",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ConnectedEnvironmentStorageProperties",
                },
            },
        },
    },
};
const Revision = {
    type: {
        name: "Composite",
        className: "Revision",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            createdTime: {
                serializedName: "properties.createdTime",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            lastActiveTime: {
                serializedName: "properties.lastActiveTime",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            fqdn: {
                serializedName: "properties.fqdn",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            template: {
                serializedName: "properties.template",
                type: {
                    name: "Composite",
                    className: "Template",
                },
            },
            active: {
                serializedName: "properties.active",
                readOnly: true,
                type: {
                    name: "Boolean",
                },
            },
            replicas: {
                serializedName: "properties.replicas",
                readOnly: true,
                type: {
                    name: "Number",
                },
            },
            trafficWeight: {
                serializedName: "properties.trafficWeight",
                readOnly: true,
                type: {
                    name: "Number",
                },
            },
            provisioningError: {
                serializedName: "properties.provisioningError",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            healthState: {
                serializedName: "properties.healthState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            runningState: {
                serializedName: "properties.runningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Replica = {
    type: {
        name: "Composite",
        className: "Replica",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            createdTime: {
                serializedName: "properties.createdTime",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
            runningState: {
                serializedName: "properties.runningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            runningStateDetails: {
                serializedName: "properties.runningStateDetails",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            containers: {
                serializedName: "properties.containers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ReplicaContainer",
                        },
                    },
                },
            },
            initContainers: {
                serializedName: "properties.initContainers",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ReplicaContainer",
                        },
                    },
                },
            },
        },
    },
};
const Diagnostics = {
    type: {
        name: "Composite",
        className: "Diagnostics",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "DiagnosticsProperties",
                },
            },
        },
    },
};
const JavaComponent = {
    type: {
        name: "Composite",
        className: "JavaComponent",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "JavaComponentProperties",
                },
            },
        },
    },
};
const WorkloadProfileStates = {
    type: {
        name: "Composite",
        className: "WorkloadProfileStates",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "WorkloadProfileStatesProperties",
                },
            },
        },
    },
};
const HttpRouteConfig = {
    type: {
        name: "Composite",
        className: "HttpRouteConfig",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "HttpRouteConfigProperties",
                },
            },
        },
    },
};
const MaintenanceConfigurationResource = {
    type: {
        name: "Composite",
        className: "MaintenanceConfigurationResource",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            scheduledEntries: {
                serializedName: "properties.scheduledEntries",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ScheduledEntry",
                        },
                    },
                },
            },
        },
    },
};
const ManagedEnvironmentStorage = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentStorage",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ManagedEnvironmentStorageProperties",
                },
            },
        },
    },
};
const SourceControl = {
    type: {
        name: "Composite",
        className: "SourceControl",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            operationState: {
                serializedName: "properties.operationState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            repoUrl: {
                serializedName: "properties.repoUrl",
                type: {
                    name: "String",
                },
            },
            branch: {
                serializedName: "properties.branch",
                type: {
                    name: "String",
                },
            },
            githubActionConfiguration: {
                serializedName: "properties.githubActionConfiguration",
                type: {
                    name: "Composite",
                    className: "GithubActionConfiguration",
                },
            },
        },
    },
};
const LogicApp = {
    type: {
        name: "Composite",
        className: "LogicApp",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
        },
    },
};
const WorkflowEnvelope = {
    type: {
        name: "Composite",
        className: "WorkflowEnvelope",
        modelProperties: {
            ...ProxyResource.type.modelProperties,
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "WorkflowEnvelopeProperties",
                },
            },
        },
    },
};
const ConnectedEnvironment = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironment",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            extendedLocation: {
                serializedName: "extendedLocation",
                type: {
                    name: "Composite",
                    className: "ExtendedLocation",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            deploymentErrors: {
                serializedName: "properties.deploymentErrors",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            defaultDomain: {
                serializedName: "properties.defaultDomain",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            staticIp: {
                serializedName: "properties.staticIp",
                type: {
                    name: "String",
                },
            },
            daprAIConnectionString: {
                serializedName: "properties.daprAIConnectionString",
                type: {
                    name: "String",
                },
            },
            customDomainConfiguration: {
                serializedName: "properties.customDomainConfiguration",
                type: {
                    name: "Composite",
                    className: "CustomDomainConfiguration",
                },
            },
        },
    },
};
const Certificate = {
    type: {
        name: "Composite",
        className: "Certificate",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "CertificateProperties",
                },
            },
        },
    },
};
const ContainerApp = {
    type: {
        name: "Composite",
        className: "ContainerApp",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            extendedLocation: {
                serializedName: "extendedLocation",
                type: {
                    name: "Composite",
                    className: "ExtendedLocation",
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "ManagedServiceIdentity",
                },
            },
            managedBy: {
                serializedName: "managedBy",
                type: {
                    name: "String",
                },
            },
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            runningStatus: {
                serializedName: "properties.runningStatus",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            managedEnvironmentId: {
                serializedName: "properties.managedEnvironmentId",
                type: {
                    name: "String",
                },
            },
            environmentId: {
                serializedName: "properties.environmentId",
                type: {
                    name: "String",
                },
            },
            workloadProfileName: {
                serializedName: "properties.workloadProfileName",
                type: {
                    name: "String",
                },
            },
            latestRevisionName: {
                serializedName: "properties.latestRevisionName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            latestReadyRevisionName: {
                serializedName: "properties.latestReadyRevisionName",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            latestRevisionFqdn: {
                serializedName: "properties.latestRevisionFqdn",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            customDomainVerificationId: {
                serializedName: "properties.customDomainVerificationId",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            configuration: {
                serializedName: "properties.configuration",
                type: {
                    name: "Composite",
                    className: "Configuration",
                },
            },
            template: {
                serializedName: "properties.template",
                type: {
                    name: "Composite",
                    className: "Template",
                },
            },
            outboundIpAddresses: {
                serializedName: "properties.outboundIpAddresses",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            eventStreamEndpoint: {
                serializedName: "properties.eventStreamEndpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppAuthToken = {
    type: {
        name: "Composite",
        className: "ContainerAppAuthToken",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            token: {
                serializedName: "properties.token",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            expires: {
                serializedName: "properties.expires",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
        },
    },
};
const ManagedEnvironment = {
    type: {
        name: "Composite",
        className: "ManagedEnvironment",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            kind: {
                serializedName: "kind",
                type: {
                    name: "String",
                },
            },
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "ManagedServiceIdentity",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            daprAIInstrumentationKey: {
                serializedName: "properties.daprAIInstrumentationKey",
                type: {
                    name: "String",
                },
            },
            daprAIConnectionString: {
                serializedName: "properties.daprAIConnectionString",
                type: {
                    name: "String",
                },
            },
            vnetConfiguration: {
                serializedName: "properties.vnetConfiguration",
                type: {
                    name: "Composite",
                    className: "VnetConfiguration",
                },
            },
            deploymentErrors: {
                serializedName: "properties.deploymentErrors",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            defaultDomain: {
                serializedName: "properties.defaultDomain",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            staticIp: {
                serializedName: "properties.staticIp",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            appLogsConfiguration: {
                serializedName: "properties.appLogsConfiguration",
                type: {
                    name: "Composite",
                    className: "AppLogsConfiguration",
                },
            },
            zoneRedundant: {
                serializedName: "properties.zoneRedundant",
                type: {
                    name: "Boolean",
                },
            },
            customDomainConfiguration: {
                serializedName: "properties.customDomainConfiguration",
                type: {
                    name: "Composite",
                    className: "CustomDomainConfiguration",
                },
            },
            eventStreamEndpoint: {
                serializedName: "properties.eventStreamEndpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            workloadProfiles: {
                serializedName: "properties.workloadProfiles",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "WorkloadProfile",
                        },
                    },
                },
            },
            kedaConfiguration: {
                serializedName: "properties.kedaConfiguration",
                type: {
                    name: "Composite",
                    className: "KedaConfiguration",
                },
            },
            daprConfiguration: {
                serializedName: "properties.daprConfiguration",
                type: {
                    name: "Composite",
                    className: "DaprConfiguration",
                },
            },
            infrastructureResourceGroup: {
                serializedName: "properties.infrastructureResourceGroup",
                type: {
                    name: "String",
                },
            },
            peerAuthentication: {
                serializedName: "properties.peerAuthentication",
                type: {
                    name: "Composite",
                    className: "ManagedEnvironmentPropertiesPeerAuthentication",
                },
            },
            peerTrafficConfiguration: {
                serializedName: "properties.peerTrafficConfiguration",
                type: {
                    name: "Composite",
                    className: "ManagedEnvironmentPropertiesPeerTrafficConfiguration",
                },
            },
            ingressConfiguration: {
                serializedName: "properties.ingressConfiguration",
                type: {
                    name: "Composite",
                    className: "IngressConfiguration",
                },
            },
            privateEndpointConnections: {
                serializedName: "properties.privateEndpointConnections",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "PrivateEndpointConnection",
                        },
                    },
                },
            },
            publicNetworkAccess: {
                serializedName: "properties.publicNetworkAccess",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const Job = {
    type: {
        name: "Composite",
        className: "Job",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "ManagedServiceIdentity",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            environmentId: {
                serializedName: "properties.environmentId",
                type: {
                    name: "String",
                },
            },
            workloadProfileName: {
                serializedName: "properties.workloadProfileName",
                type: {
                    name: "String",
                },
            },
            configuration: {
                serializedName: "properties.configuration",
                type: {
                    name: "Composite",
                    className: "JobConfiguration",
                },
            },
            template: {
                serializedName: "properties.template",
                type: {
                    name: "Composite",
                    className: "JobTemplate",
                },
            },
            outboundIpAddresses: {
                serializedName: "properties.outboundIpAddresses",
                readOnly: true,
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "String",
                        },
                    },
                },
            },
            eventStreamEndpoint: {
                serializedName: "properties.eventStreamEndpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedCertificate = {
    type: {
        name: "Composite",
        className: "ManagedCertificate",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            properties: {
                serializedName: "properties",
                type: {
                    name: "Composite",
                    className: "ManagedCertificateProperties",
                },
            },
        },
    },
};
const EnvironmentAuthToken = {
    type: {
        name: "Composite",
        className: "EnvironmentAuthToken",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            token: {
                serializedName: "properties.token",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            expires: {
                serializedName: "properties.expires",
                readOnly: true,
                type: {
                    name: "DateTime",
                },
            },
        },
    },
};
const SessionPool = {
    type: {
        name: "Composite",
        className: "SessionPool",
        modelProperties: {
            ...TrackedResource.type.modelProperties,
            identity: {
                serializedName: "identity",
                type: {
                    name: "Composite",
                    className: "ManagedServiceIdentity",
                },
            },
            environmentId: {
                serializedName: "properties.environmentId",
                type: {
                    name: "String",
                },
            },
            containerType: {
                serializedName: "properties.containerType",
                type: {
                    name: "String",
                },
            },
            poolManagementType: {
                serializedName: "properties.poolManagementType",
                type: {
                    name: "String",
                },
            },
            nodeCount: {
                serializedName: "properties.nodeCount",
                readOnly: true,
                type: {
                    name: "Number",
                },
            },
            scaleConfiguration: {
                serializedName: "properties.scaleConfiguration",
                type: {
                    name: "Composite",
                    className: "ScaleConfiguration",
                },
            },
            secrets: {
                serializedName: "properties.secrets",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "SessionPoolSecret",
                        },
                    },
                },
            },
            dynamicPoolConfiguration: {
                serializedName: "properties.dynamicPoolConfiguration",
                type: {
                    name: "Composite",
                    className: "DynamicPoolConfiguration",
                },
            },
            customContainerTemplate: {
                serializedName: "properties.customContainerTemplate",
                type: {
                    name: "Composite",
                    className: "CustomContainerTemplate",
                },
            },
            sessionNetworkConfiguration: {
                serializedName: "properties.sessionNetworkConfiguration",
                type: {
                    name: "Composite",
                    className: "SessionNetworkConfiguration",
                },
            },
            poolManagementEndpoint: {
                serializedName: "properties.poolManagementEndpoint",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            provisioningState: {
                serializedName: "properties.provisioningState",
                readOnly: true,
                type: {
                    name: "String",
                },
            },
            managedIdentitySettings: {
                serializedName: "properties.managedIdentitySettings",
                type: {
                    name: "Sequence",
                    element: {
                        type: {
                            name: "Composite",
                            className: "ManagedIdentitySetting",
                        },
                    },
                },
            },
        },
    },
};
const ConnectedEnvironmentsCreateOrUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsCreateOrUpdateHeaders",
        modelProperties: {
            azureAsyncOperation: {
                serializedName: "azure-asyncoperation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsCertificatesCreateOrUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsCertificatesCreateOrUpdateHeaders",
        modelProperties: {
            azureAsyncOperation: {
                serializedName: "azure-asyncoperation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsCertificatesDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsCertificatesDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsCertificatesUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsCertificatesUpdateHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsDaprComponentsCreateOrUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsDaprComponentsCreateOrUpdateHeaders",
        modelProperties: {
            azureAsyncOperation: {
                serializedName: "azure-asyncoperation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsDaprComponentsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsDaprComponentsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsStoragesCreateOrUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsStoragesCreateOrUpdateHeaders",
        modelProperties: {
            azureAsyncOperation: {
                serializedName: "azure-asyncoperation",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ConnectedEnvironmentsStoragesDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ConnectedEnvironmentsStoragesDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ContainerAppsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppsUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ContainerAppsUpdateHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppsStartHeaders = {
    type: {
        name: "Composite",
        className: "ContainerAppsStartHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppsStopHeaders = {
    type: {
        name: "Composite",
        className: "ContainerAppsStopHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "JobsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobsUpdateHeaders = {
    type: {
        name: "Composite",
        className: "JobsUpdateHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobsStartHeaders = {
    type: {
        name: "Composite",
        className: "JobsStartHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobsStopExecutionHeaders = {
    type: {
        name: "Composite",
        className: "JobsStopExecutionHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JobsStopMultipleExecutionsHeaders = {
    type: {
        name: "Composite",
        className: "JobsStopMultipleExecutionsHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JavaComponentsUpdateHeaders = {
    type: {
        name: "Composite",
        className: "JavaComponentsUpdateHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const JavaComponentsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "JavaComponentsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const HttpRouteConfigDeleteHeaders = {
    type: {
        name: "Composite",
        className: "HttpRouteConfigDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppsSessionPoolsUpdateHeaders = {
    type: {
        name: "Composite",
        className: "ContainerAppsSessionPoolsUpdateHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const ContainerAppsSessionPoolsDeleteHeaders = {
    type: {
        name: "Composite",
        className: "ContainerAppsSessionPoolsDeleteHeaders",
        modelProperties: {
            location: {
                serializedName: "location",
                type: {
                    name: "String",
                },
            },
        },
    },
};
const discriminators = {
    JavaComponentProperties: JavaComponentProperties,
    "JavaComponentProperties.SpringBootAdmin": SpringBootAdminComponent,
    "JavaComponentProperties.SpringCloudEureka": SpringCloudEurekaComponent,
    "JavaComponentProperties.SpringCloudConfig": SpringCloudConfigComponent,
};
//# sourceMappingURL=mappers.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/models/parameters.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.

const accept = {
    parameterPath: "accept",
    mapper: {
        defaultValue: "application/json",
        isConstant: true,
        serializedName: "Accept",
        type: {
            name: "String",
        },
    },
};
const $host = {
    parameterPath: "$host",
    mapper: {
        serializedName: "$host",
        required: true,
        type: {
            name: "String",
        },
    },
    skipEncoding: true,
};
const subscriptionId = {
    parameterPath: "subscriptionId",
    mapper: {
        constraints: {
            MinLength: 1,
        },
        serializedName: "subscriptionId",
        required: true,
        type: {
            name: "String",
        },
    },
};
const resourceGroupName = {
    parameterPath: "resourceGroupName",
    mapper: {
        constraints: {
            MaxLength: 90,
            MinLength: 1,
        },
        serializedName: "resourceGroupName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const containerAppName = {
    parameterPath: "containerAppName",
    mapper: {
        serializedName: "containerAppName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const apiVersion = {
    parameterPath: "apiVersion",
    mapper: {
        defaultValue: "2025-07-01",
        isConstant: true,
        serializedName: "api-version",
        type: {
            name: "String",
        },
    },
};
const authConfigName = {
    parameterPath: "authConfigName",
    mapper: {
        serializedName: "authConfigName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const contentType = {
    parameterPath: ["options", "contentType"],
    mapper: {
        defaultValue: "application/json",
        isConstant: true,
        serializedName: "Content-Type",
        type: {
            name: "String",
        },
    },
};
const authConfigEnvelope = {
    parameterPath: "authConfigEnvelope",
    mapper: AuthConfig,
};
const nextLink = {
    parameterPath: "nextLink",
    mapper: {
        serializedName: "nextLink",
        required: true,
        type: {
            name: "String",
        },
    },
    skipEncoding: true,
};
const parameters_location = {
    parameterPath: "location",
    mapper: {
        constraints: {
            MinLength: 1,
        },
        serializedName: "location",
        required: true,
        type: {
            name: "String",
        },
    },
};
const connectedEnvironmentName = {
    parameterPath: "connectedEnvironmentName",
    mapper: {
        serializedName: "connectedEnvironmentName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const environmentEnvelope = {
    parameterPath: "environmentEnvelope",
    mapper: ConnectedEnvironment,
};
const environmentEnvelope1 = {
    parameterPath: "environmentEnvelope",
    mapper: ConnectedEnvironmentPatchResource,
};
const checkNameAvailabilityRequest = {
    parameterPath: "checkNameAvailabilityRequest",
    mapper: CheckNameAvailabilityRequest,
};
const certificateName = {
    parameterPath: "certificateName",
    mapper: {
        serializedName: "certificateName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const certificateEnvelope = {
    parameterPath: ["options", "certificateEnvelope"],
    mapper: Certificate,
};
const certificateEnvelope1 = {
    parameterPath: "certificateEnvelope",
    mapper: CertificatePatch,
};
const componentName = {
    parameterPath: "componentName",
    mapper: {
        serializedName: "componentName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const daprComponentEnvelope = {
    parameterPath: "daprComponentEnvelope",
    mapper: DaprComponent,
};
const storageName = {
    parameterPath: "storageName",
    mapper: {
        serializedName: "storageName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const storageEnvelope = {
    parameterPath: "storageEnvelope",
    mapper: ConnectedEnvironmentStorage,
};
const containerAppEnvelope = {
    parameterPath: "containerAppEnvelope",
    mapper: ContainerApp,
};
const customHostname = {
    parameterPath: ["options", "customHostname"],
    mapper: {
        serializedName: "customHostname",
        type: {
            name: "String",
        },
    },
};
const containerAppName1 = {
    parameterPath: "containerAppName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "containerAppName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const filter = {
    parameterPath: ["options", "filter"],
    mapper: {
        serializedName: "$filter",
        type: {
            name: "String",
        },
    },
};
const revisionName = {
    parameterPath: "revisionName",
    mapper: {
        serializedName: "revisionName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const replicaName = {
    parameterPath: "replicaName",
    mapper: {
        serializedName: "replicaName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const detectorName = {
    parameterPath: "detectorName",
    mapper: {
        serializedName: "detectorName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const environmentName = {
    parameterPath: "environmentName",
    mapper: {
        serializedName: "environmentName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const jobName = {
    parameterPath: "jobName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "jobName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const detectorName1 = {
    parameterPath: "detectorName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "detectorName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const apiName = {
    parameterPath: "apiName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._]+$"),
        },
        serializedName: "apiName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const jobEnvelope = {
    parameterPath: "jobEnvelope",
    mapper: Job,
};
const jobEnvelope1 = {
    parameterPath: "jobEnvelope",
    mapper: JobPatchProperties,
};
const template = {
    parameterPath: ["options", "template"],
    mapper: JobExecutionTemplate,
};
const jobExecutionName = {
    parameterPath: "jobExecutionName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "jobExecutionName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const environmentName1 = {
    parameterPath: "environmentName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "environmentName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const parameters_name = {
    parameterPath: "name",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "name",
        required: true,
        type: {
            name: "String",
        },
    },
};
const javaComponentEnvelope = {
    parameterPath: "javaComponentEnvelope",
    mapper: JavaComponent,
};
const environmentEnvelope2 = {
    parameterPath: "environmentEnvelope",
    mapper: ManagedEnvironment,
};
const managedCertificateName = {
    parameterPath: "managedCertificateName",
    mapper: {
        serializedName: "managedCertificateName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const managedCertificateEnvelope = {
    parameterPath: ["options", "managedCertificateEnvelope"],
    mapper: ManagedCertificate,
};
const managedCertificateEnvelope1 = {
    parameterPath: "managedCertificateEnvelope",
    mapper: ManagedCertificatePatch,
};
const privateEndpointConnectionName = {
    parameterPath: "privateEndpointConnectionName",
    mapper: {
        serializedName: "privateEndpointConnectionName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const privateEndpointConnectionEnvelope = {
    parameterPath: "privateEndpointConnectionEnvelope",
    mapper: PrivateEndpointConnection,
};
const httpRouteName = {
    parameterPath: "httpRouteName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-z][a-z0-9]*$"),
            MaxLength: 63,
            MinLength: 3,
        },
        serializedName: "httpRouteName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const httpRouteConfigEnvelope = {
    parameterPath: ["options", "httpRouteConfigEnvelope"],
    mapper: HttpRouteConfig,
};
const httpRouteConfigEnvelope1 = {
    parameterPath: "httpRouteConfigEnvelope",
    mapper: HttpRouteConfig,
};
const httpRouteName1 = {
    parameterPath: "httpRouteName",
    mapper: {
        serializedName: "httpRouteName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const maintenanceConfigurationEnvelope = {
    parameterPath: "maintenanceConfigurationEnvelope",
    mapper: MaintenanceConfigurationResource,
};
const configName = {
    parameterPath: "configName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "configName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const storageEnvelope1 = {
    parameterPath: "storageEnvelope",
    mapper: ManagedEnvironmentStorage,
};
const sessionPoolName = {
    parameterPath: "sessionPoolName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-z][a-z0-9]*$"),
            MaxLength: 63,
            MinLength: 3,
        },
        serializedName: "sessionPoolName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const sessionPoolEnvelope = {
    parameterPath: "sessionPoolEnvelope",
    mapper: SessionPool,
};
const sessionPoolEnvelope1 = {
    parameterPath: "sessionPoolEnvelope",
    mapper: SessionPoolUpdatableProperties,
};
const sourceControlName = {
    parameterPath: "sourceControlName",
    mapper: {
        serializedName: "sourceControlName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const sourceControlEnvelope = {
    parameterPath: "sourceControlEnvelope",
    mapper: SourceControl,
};
const location1 = {
    parameterPath: "location",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._]+$"),
        },
        serializedName: "location",
        required: true,
        type: {
            name: "String",
        },
    },
};
const environmentName2 = {
    parameterPath: "environmentName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._]+$"),
        },
        serializedName: "environmentName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const logicAppName = {
    parameterPath: "logicAppName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[-\\w\\._\\(\\)]+$"),
        },
        serializedName: "logicAppName",
        required: true,
        type: {
            name: "String",
        },
    },
};
const resource = {
    parameterPath: ["options", "resource"],
    mapper: LogicApp,
};
const workflowName = {
    parameterPath: "workflowName",
    mapper: {
        constraints: {
            Pattern: new RegExp("^[a-z][a-z0-9]*$"),
            MaxLength: 63,
            MinLength: 3,
        },
        serializedName: "workflowName",
        required: true,
        type: {
            name: "String",
        },
    },
};
//# sourceMappingURL=parameters.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerAppsAuthConfigs.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ContainerAppsAuthConfigs operations. */
class ContainerAppsAuthConfigsImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerAppsAuthConfigs class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Container App AuthConfigs in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    listByContainerApp(resourceGroupName, containerAppName, options) {
        const iter = this.listByContainerAppPagingAll(resourceGroupName, containerAppName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByContainerAppPagingPage(resourceGroupName, containerAppName, options, settings);
            },
        };
    }
    async *listByContainerAppPagingPage(resourceGroupName, containerAppName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByContainerApp(resourceGroupName, containerAppName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByContainerAppNext(resourceGroupName, containerAppName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByContainerAppPagingAll(resourceGroupName, containerAppName, options) {
        for await (const page of this.listByContainerAppPagingPage(resourceGroupName, containerAppName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Container App AuthConfigs in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    _listByContainerApp(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, listByContainerAppOperationSpec);
    }
    /**
     * Get a AuthConfig of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param authConfigName Name of the Container App AuthConfig.
     * @param options The options parameters.
     */
    get(resourceGroupName, containerAppName, authConfigName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, authConfigName, options }, getOperationSpec);
    }
    /**
     * Create or update the AuthConfig for a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param authConfigName Name of the Container App AuthConfig.
     * @param authConfigEnvelope Properties used to create a Container App AuthConfig
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, containerAppName, authConfigName, authConfigEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            containerAppName,
            authConfigName,
            authConfigEnvelope,
            options,
        }, createOrUpdateOperationSpec);
    }
    /**
     * Delete a Container App AuthConfig.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param authConfigName Name of the Container App AuthConfig.
     * @param options The options parameters.
     */
    delete(resourceGroupName, containerAppName, authConfigName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, authConfigName, options }, deleteOperationSpec);
    }
    /**
     * ListByContainerAppNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param nextLink The nextLink from the previous successful call to the ListByContainerApp method.
     * @param options The options parameters.
     */
    _listByContainerAppNext(resourceGroupName, containerAppName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, nextLink, options }, listByContainerAppNextOperationSpec);
    }
}
// Operation Specifications
const serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const listByContainerAppOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AuthConfigCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer,
};
const getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs/{authConfigName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AuthConfig,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        authConfigName,
    ],
    headerParameters: [accept],
    serializer,
};
const createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs/{authConfigName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: AuthConfig,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: authConfigEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        authConfigName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer,
};
const deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/authConfigs/{authConfigName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        authConfigName,
    ],
    headerParameters: [accept],
    serializer,
};
const listByContainerAppNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AuthConfigCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer,
};
//# sourceMappingURL=containerAppsAuthConfigs.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/availableWorkloadProfiles.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing AvailableWorkloadProfiles operations. */
class AvailableWorkloadProfilesImpl {
    client;
    /**
     * Initialize a new instance of the class AvailableWorkloadProfiles class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get all available workload profiles for a location.
     * @param location The name of Azure region.
     * @param options The options parameters.
     */
    list(location, options) {
        const iter = this.getPagingAll(location, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.getPagingPage(location, options, settings);
            },
        };
    }
    async *getPagingPage(location, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._get(location, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._getNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *getPagingAll(location, options) {
        for await (const page of this.getPagingPage(location, options)) {
            yield* page;
        }
    }
    /**
     * Get all available workload profiles for a location.
     * @param location The name of Azure region.
     * @param options The options parameters.
     */
    _get(location, options) {
        return this.client.sendOperationRequest({ location, options }, availableWorkloadProfiles_getOperationSpec);
    }
    /**
     * GetNext
     * @param location The name of Azure region.
     * @param nextLink The nextLink from the previous successful call to the Get method.
     * @param options The options parameters.
     */
    _getNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, getNextOperationSpec);
    }
}
// Operation Specifications
const availableWorkloadProfiles_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const availableWorkloadProfiles_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/availableManagedEnvironmentsWorkloadProfileTypes",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AvailableWorkloadProfilesCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: availableWorkloadProfiles_serializer,
};
const getNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AvailableWorkloadProfilesCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        parameters_location,
    ],
    headerParameters: [accept],
    serializer: availableWorkloadProfiles_serializer,
};
//# sourceMappingURL=availableWorkloadProfiles.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/billingMeters.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing BillingMeters operations. */
class BillingMetersImpl {
    client;
    /**
     * Initialize a new instance of the class BillingMeters class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get all billingMeters for a location.
     * @param location The name of Azure region.
     * @param options The options parameters.
     */
    get(location, options) {
        return this.client.sendOperationRequest({ location, options }, billingMeters_getOperationSpec);
    }
}
// Operation Specifications
const billingMeters_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const billingMeters_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/billingMeters",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: BillingMeterCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, parameters_location],
    headerParameters: [accept],
    serializer: billingMeters_serializer,
};
//# sourceMappingURL=billingMeters.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/logger.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

/**
 * The `@azure/logger` configuration for this package.
 * @internal
 */
const logger = (0,logger_dist_esm/* createClientLogger */.KV)("core-lro");
//# sourceMappingURL=logger.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/poller/constants.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.
/**
 * The default time interval to wait before sending the next polling request.
 */
const POLL_INTERVAL_IN_MS = 2000;
/**
 * The closed set of terminal states.
 */
const terminalStates = ["succeeded", "canceled", "failed"];
//# sourceMappingURL=constants.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/poller/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


/**
 * Deserializes the state
 */
function deserializeState(serializedState) {
    try {
        return JSON.parse(serializedState).state;
    }
    catch (e) {
        throw new Error(`Unable to deserialize input state: ${serializedState}`);
    }
}
function setStateError(inputs) {
    const { state, stateProxy, isOperationError } = inputs;
    return (error) => {
        if (isOperationError(error)) {
            stateProxy.setError(state, error);
            stateProxy.setFailed(state);
        }
        throw error;
    };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
    let message = currentMessage;
    if (message.slice(-1) !== ".") {
        message = message + ".";
    }
    return message + " " + innerMessage;
}
function simplifyError(err) {
    let message = err.message;
    let code = err.code;
    let curErr = err;
    while (curErr.innererror) {
        curErr = curErr.innererror;
        code = curErr.code;
        message = appendReadableErrorMessage(message, curErr.message);
    }
    return {
        code,
        message,
    };
}
function processOperationStatus(result) {
    const { state, stateProxy, status, isDone, processResult, getError, response, setErrorAsResult } = result;
    switch (status) {
        case "succeeded": {
            stateProxy.setSucceeded(state);
            break;
        }
        case "failed": {
            const err = getError === null || getError === void 0 ? void 0 : getError(response);
            let postfix = "";
            if (err) {
                const { code, message } = simplifyError(err);
                postfix = `. ${code}. ${message}`;
            }
            const errStr = `The long-running operation has failed${postfix}`;
            stateProxy.setError(state, new Error(errStr));
            stateProxy.setFailed(state);
            logger.warning(errStr);
            break;
        }
        case "canceled": {
            stateProxy.setCanceled(state);
            break;
        }
    }
    if ((isDone === null || isDone === void 0 ? void 0 : isDone(response, state)) ||
        (isDone === undefined &&
            ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status))) {
        stateProxy.setResult(state, buildResult({
            response,
            state,
            processResult,
        }));
    }
}
function buildResult(inputs) {
    const { processResult, response, state } = inputs;
    return processResult ? processResult(response, state) : response;
}
/**
 * Initiates the long-running operation.
 */
async function initOperation(inputs) {
    const { init, stateProxy, processResult, getOperationStatus, withOperationLocation, setErrorAsResult, } = inputs;
    const { operationLocation, resourceLocation, metadata, response } = await init();
    if (operationLocation)
        withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(operationLocation, false);
    const config = {
        metadata,
        operationLocation,
        resourceLocation,
    };
    logger.verbose(`LRO: Operation description:`, config);
    const state = stateProxy.initState(config);
    const status = getOperationStatus({ response, state, operationLocation });
    processOperationStatus({ state, status, stateProxy, response, setErrorAsResult, processResult });
    return state;
}
async function pollOperationHelper(inputs) {
    const { poll, state, stateProxy, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options, } = inputs;
    const response = await poll(operationLocation, options).catch(setStateError({
        state,
        stateProxy,
        isOperationError,
    }));
    const status = getOperationStatus(response, state);
    logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
    if (status === "succeeded") {
        const resourceLocation = getResourceLocation(response, state);
        if (resourceLocation !== undefined) {
            return {
                response: await poll(resourceLocation).catch(setStateError({ state, stateProxy, isOperationError })),
                status,
            };
        }
    }
    return { response, status };
}
/** Polls the long-running operation. */
async function pollOperation(inputs) {
    const { poll, state, stateProxy, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult, } = inputs;
    const { operationLocation } = state.config;
    if (operationLocation !== undefined) {
        const { response, status } = await pollOperationHelper({
            poll,
            getOperationStatus,
            state,
            stateProxy,
            operationLocation,
            getResourceLocation,
            isOperationError,
            options,
        });
        processOperationStatus({
            status,
            response,
            state,
            stateProxy,
            isDone,
            processResult,
            getError,
            setErrorAsResult,
        });
        if (!terminalStates.includes(status)) {
            const intervalInMs = getPollingInterval === null || getPollingInterval === void 0 ? void 0 : getPollingInterval(response);
            if (intervalInMs)
                setDelay(intervalInMs);
            const location = getOperationLocation === null || getOperationLocation === void 0 ? void 0 : getOperationLocation(response, state);
            if (location !== undefined) {
                const isUpdated = operationLocation !== location;
                state.config.operationLocation = location;
                withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(location, isUpdated);
            }
            else
                withOperationLocation === null || withOperationLocation === void 0 ? void 0 : withOperationLocation(operationLocation, false);
        }
        updateState === null || updateState === void 0 ? void 0 : updateState(state, response);
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/http/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


function getOperationLocationPollingUrl(inputs) {
    const { azureAsyncOperation, operationLocation } = inputs;
    return operationLocation !== null && operationLocation !== void 0 ? operationLocation : azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
    return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
    return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
    return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
    var _a;
    const { location, requestMethod, requestPath, resourceLocationConfig } = inputs;
    switch (requestMethod) {
        case "PUT": {
            return requestPath;
        }
        case "DELETE": {
            return undefined;
        }
        case "PATCH": {
            return (_a = getDefault()) !== null && _a !== void 0 ? _a : requestPath;
        }
        default: {
            return getDefault();
        }
    }
    function getDefault() {
        switch (resourceLocationConfig) {
            case "azure-async-operation": {
                return undefined;
            }
            case "original-uri": {
                return requestPath;
            }
            case "location":
            default: {
                return location;
            }
        }
    }
}
function inferLroMode(inputs) {
    const { rawResponse, requestMethod, requestPath, resourceLocationConfig } = inputs;
    const operationLocation = getOperationLocationHeader(rawResponse);
    const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
    const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
    const location = getLocationHeader(rawResponse);
    const normalizedRequestMethod = requestMethod === null || requestMethod === void 0 ? void 0 : requestMethod.toLocaleUpperCase();
    if (pollingUrl !== undefined) {
        return {
            mode: "OperationLocation",
            operationLocation: pollingUrl,
            resourceLocation: findResourceLocation({
                requestMethod: normalizedRequestMethod,
                location,
                requestPath,
                resourceLocationConfig,
            }),
        };
    }
    else if (location !== undefined) {
        return {
            mode: "ResourceLocation",
            operationLocation: location,
        };
    }
    else if (normalizedRequestMethod === "PUT" && requestPath) {
        return {
            mode: "Body",
            operationLocation: requestPath,
        };
    }
    else {
        return undefined;
    }
}
function transformStatus(inputs) {
    const { status, statusCode } = inputs;
    if (typeof status !== "string" && status !== undefined) {
        throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
    }
    switch (status === null || status === void 0 ? void 0 : status.toLocaleLowerCase()) {
        case undefined:
            return toOperationStatus(statusCode);
        case "succeeded":
            return "succeeded";
        case "failed":
            return "failed";
        case "running":
        case "accepted":
        case "started":
        case "canceling":
        case "cancelling":
            return "running";
        case "canceled":
        case "cancelled":
            return "canceled";
        default: {
            logger.verbose(`LRO: unrecognized operation status: ${status}`);
            return status;
        }
    }
}
function getStatus(rawResponse) {
    var _a;
    const { status } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
    var _a, _b;
    const { properties, provisioningState } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
    const status = (_b = properties === null || properties === void 0 ? void 0 : properties.provisioningState) !== null && _b !== void 0 ? _b : provisioningState;
    return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
    if (statusCode === 202) {
        return "running";
    }
    else if (statusCode < 300) {
        return "succeeded";
    }
    else {
        return "failed";
    }
}
function parseRetryAfter({ rawResponse }) {
    const retryAfter = rawResponse.headers["retry-after"];
    if (retryAfter !== undefined) {
        // Retry-After header value is either in HTTP date format, or in seconds
        const retryAfterInSeconds = parseInt(retryAfter);
        return isNaN(retryAfterInSeconds)
            ? calculatePollingIntervalFromDate(new Date(retryAfter))
            : retryAfterInSeconds * 1000;
    }
    return undefined;
}
function getErrorFromResponse(response) {
    const error = accessBodyProperty(response, "error");
    if (!error) {
        logger.warning(`The long-running operation failed but there is no error property in the response's body`);
        return;
    }
    if (!error.code || !error.message) {
        logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
        return;
    }
    return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
    const timeNow = Math.floor(new Date().getTime());
    const retryAfterTime = retryAfterDate.getTime();
    if (timeNow < retryAfterTime) {
        return retryAfterTime - timeNow;
    }
    return undefined;
}
function getStatusFromInitialResponse(inputs) {
    const { response, state, operationLocation } = inputs;
    function helper() {
        var _a;
        const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
        switch (mode) {
            case undefined:
                return toOperationStatus(response.rawResponse.statusCode);
            case "Body":
                return getOperationStatus(response, state);
            default:
                return "running";
        }
    }
    const status = helper();
    return status === "running" && operationLocation === undefined ? "succeeded" : status;
}
/**
 * Initiates the long-running operation.
 */
async function initHttpOperation(inputs) {
    const { stateProxy, resourceLocationConfig, processResult, lro, setErrorAsResult } = inputs;
    return initOperation({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode({
                rawResponse: response.rawResponse,
                requestPath: lro.requestPath,
                requestMethod: lro.requestMethod,
                resourceLocationConfig,
            });
            return Object.assign({ response, operationLocation: config === null || config === void 0 ? void 0 : config.operationLocation, resourceLocation: config === null || config === void 0 ? void 0 : config.resourceLocation }, ((config === null || config === void 0 ? void 0 : config.mode) ? { metadata: { mode: config.mode } } : {}));
        },
        stateProxy,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
        getOperationStatus: getStatusFromInitialResponse,
        setErrorAsResult,
    });
}
function getOperationLocation({ rawResponse }, state) {
    var _a;
    const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getOperationLocationPollingUrl({
                operationLocation: getOperationLocationHeader(rawResponse),
                azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse),
            });
        }
        case "ResourceLocation": {
            return getLocationHeader(rawResponse);
        }
        case "Body":
        default: {
            return undefined;
        }
    }
}
function getOperationStatus({ rawResponse }, state) {
    var _a;
    const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
    switch (mode) {
        case "OperationLocation": {
            return getStatus(rawResponse);
        }
        case "ResourceLocation": {
            return toOperationStatus(rawResponse.statusCode);
        }
        case "Body": {
            return getProvisioningState(rawResponse);
        }
        default:
            throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
    }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
    var _a, _b;
    return (_a = flatResponse === null || flatResponse === void 0 ? void 0 : flatResponse[prop]) !== null && _a !== void 0 ? _a : (_b = rawResponse.body) === null || _b === void 0 ? void 0 : _b[prop];
}
function getResourceLocation(res, state) {
    const loc = accessBodyProperty(res, "resourceLocation");
    if (loc && typeof loc === "string") {
        state.config.resourceLocation = loc;
    }
    return state.config.resourceLocation;
}
function isOperationError(e) {
    return e.name === "RestError";
}
/** Polls the long-running operation. */
async function pollHttpOperation(inputs) {
    const { lro, stateProxy, options, processResult, updateState, setDelay, state, setErrorAsResult, } = inputs;
    return pollOperation({
        state,
        stateProxy,
        setDelay,
        processResult: processResult
            ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState)
            : ({ flatResponse }) => flatResponse,
        getError: getErrorFromResponse,
        updateState,
        getPollingInterval: parseRetryAfter,
        getOperationLocation,
        getOperationStatus,
        isOperationError,
        getResourceLocation,
        options,
        /**
         * The expansion here is intentional because `lro` could be an object that
         * references an inner this, so we need to preserve a reference to it.
         */
        poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
        setErrorAsResult,
    });
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/poller/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.



const createStateProxy = () => ({
    /**
     * The state at this point is created to be of type OperationState<TResult>.
     * It will be updated later to be of type TState when the
     * customer-provided callback, `updateState`, is called during polling.
     */
    initState: (config) => ({ status: "running", config }),
    setCanceled: (state) => (state.status = "canceled"),
    setError: (state, error) => (state.error = error),
    setResult: (state, result) => (state.result = result),
    setRunning: (state) => (state.status = "running"),
    setSucceeded: (state) => (state.status = "succeeded"),
    setFailed: (state) => (state.status = "failed"),
    getError: (state) => state.error,
    getResult: (state) => state.result,
    isCanceled: (state) => state.status === "canceled",
    isFailed: (state) => state.status === "failed",
    isRunning: (state) => state.status === "running",
    isSucceeded: (state) => state.status === "succeeded",
});
/**
 * Returns a poller factory.
 */
function buildCreatePoller(inputs) {
    const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful, } = inputs;
    return async ({ init, poll }, options) => {
        const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom, } = options || {};
        const stateProxy = createStateProxy();
        const withOperationLocation = withOperationLocationCallback
            ? (() => {
                let called = false;
                return (operationLocation, isUpdated) => {
                    if (isUpdated)
                        withOperationLocationCallback(operationLocation);
                    else if (!called)
                        withOperationLocationCallback(operationLocation);
                    called = true;
                };
            })()
            : undefined;
        const state = restoreFrom
            ? deserializeState(restoreFrom)
            : await initOperation({
                init,
                stateProxy,
                processResult,
                getOperationStatus: getStatusFromInitialResponse,
                withOperationLocation,
                setErrorAsResult: !resolveOnUnsuccessful,
            });
        let resultPromise;
        const abortController = new AbortController();
        const handlers = new Map();
        const handleProgressEvents = async () => handlers.forEach((h) => h(state));
        const cancelErrMsg = "Operation was canceled";
        let currentPollIntervalInMs = intervalInMs;
        const poller = {
            getOperationState: () => state,
            getResult: () => state.result,
            isDone: () => ["succeeded", "failed", "canceled"].includes(state.status),
            isStopped: () => resultPromise === undefined,
            stopPolling: () => {
                abortController.abort();
            },
            toString: () => JSON.stringify({
                state,
            }),
            onProgress: (callback) => {
                const s = Symbol();
                handlers.set(s, callback);
                return () => handlers.delete(s);
            },
            pollUntilDone: (pollOptions) => (resultPromise !== null && resultPromise !== void 0 ? resultPromise : (resultPromise = (async () => {
                const { abortSignal: inputAbortSignal } = pollOptions || {};
                // In the future we can use AbortSignal.any() instead
                function abortListener() {
                    abortController.abort();
                }
                const abortSignal = abortController.signal;
                if (inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.aborted) {
                    abortController.abort();
                }
                else if (!abortSignal.aborted) {
                    inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.addEventListener("abort", abortListener, { once: true });
                }
                try {
                    if (!poller.isDone()) {
                        await poller.poll({ abortSignal });
                        while (!poller.isDone()) {
                            await (0,esm/* delay */.cb)(currentPollIntervalInMs, { abortSignal });
                            await poller.poll({ abortSignal });
                        }
                    }
                }
                finally {
                    inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.removeEventListener("abort", abortListener);
                }
                if (resolveOnUnsuccessful) {
                    return poller.getResult();
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return poller.getResult();
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                        case "notStarted":
                        case "running":
                            throw new Error(`Polling completed without succeeding or failing`);
                    }
                }
            })().finally(() => {
                resultPromise = undefined;
            }))),
            async poll(pollOptions) {
                if (resolveOnUnsuccessful) {
                    if (poller.isDone())
                        return;
                }
                else {
                    switch (state.status) {
                        case "succeeded":
                            return;
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
                await pollOperation({
                    poll,
                    state,
                    stateProxy,
                    getOperationLocation,
                    isOperationError,
                    withOperationLocation,
                    getPollingInterval,
                    getOperationStatus: getStatusFromPollResponse,
                    getResourceLocation,
                    processResult,
                    getError,
                    updateState,
                    options: pollOptions,
                    setDelay: (pollIntervalInMs) => {
                        currentPollIntervalInMs = pollIntervalInMs;
                    },
                    setErrorAsResult: !resolveOnUnsuccessful,
                });
                await handleProgressEvents();
                if (!resolveOnUnsuccessful) {
                    switch (state.status) {
                        case "canceled":
                            throw new Error(cancelErrMsg);
                        case "failed":
                            throw state.error;
                    }
                }
            },
        };
        return poller;
    };
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/http/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


/**
 * Creates a poller that can be used to poll a long-running operation.
 * @param lro - Description of the long-running operation
 * @param options - options to configure the poller
 * @returns an initialized poller
 */
async function createHttpPoller(lro, options) {
    const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, } = options || {};
    return buildCreatePoller({
        getStatusFromInitialResponse: getStatusFromInitialResponse,
        getStatusFromPollResponse: getOperationStatus,
        isOperationError: isOperationError,
        getOperationLocation: getOperationLocation,
        getResourceLocation: getResourceLocation,
        getPollingInterval: parseRetryAfter,
        getError: getErrorFromResponse,
        resolveOnUnsuccessful,
    })({
        init: async () => {
            const response = await lro.sendInitialRequest();
            const config = inferLroMode({
                rawResponse: response.rawResponse,
                requestPath: lro.requestPath,
                requestMethod: lro.requestMethod,
                resourceLocationConfig,
            });
            return Object.assign({ response, operationLocation: config === null || config === void 0 ? void 0 : config.operationLocation, resourceLocation: config === null || config === void 0 ? void 0 : config.resourceLocation }, ((config === null || config === void 0 ? void 0 : config.mode) ? { metadata: { mode: config.mode } } : {}));
        },
        poll: lro.sendPollRequest,
    }, {
        intervalInMs,
        withOperationLocation,
        restoreFrom,
        updateState,
        processResult: processResult
            ? ({ flatResponse }, state) => processResult(flatResponse, state)
            : ({ flatResponse }) => flatResponse,
    });
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/operation.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.


const operation_createStateProxy = () => ({
    initState: (config) => ({ config, isStarted: true }),
    setCanceled: (state) => (state.isCancelled = true),
    setError: (state, error) => (state.error = error),
    setResult: (state, result) => (state.result = result),
    setRunning: (state) => (state.isStarted = true),
    setSucceeded: (state) => (state.isCompleted = true),
    setFailed: () => {
        /** empty body */
    },
    getError: (state) => state.error,
    getResult: (state) => state.result,
    isCanceled: (state) => !!state.isCancelled,
    isFailed: (state) => !!state.error,
    isRunning: (state) => !!state.isStarted,
    isSucceeded: (state) => Boolean(state.isCompleted && !state.isCancelled && !state.error),
});
class GenericPollOperation {
    constructor(state, lro, setErrorAsResult, lroResourceLocationConfig, processResult, updateState, isDone) {
        this.state = state;
        this.lro = lro;
        this.setErrorAsResult = setErrorAsResult;
        this.lroResourceLocationConfig = lroResourceLocationConfig;
        this.processResult = processResult;
        this.updateState = updateState;
        this.isDone = isDone;
    }
    setPollerConfig(pollerConfig) {
        this.pollerConfig = pollerConfig;
    }
    async update(options) {
        var _a;
        const stateProxy = operation_createStateProxy();
        if (!this.state.isStarted) {
            this.state = Object.assign(Object.assign({}, this.state), (await initHttpOperation({
                lro: this.lro,
                stateProxy,
                resourceLocationConfig: this.lroResourceLocationConfig,
                processResult: this.processResult,
                setErrorAsResult: this.setErrorAsResult,
            })));
        }
        const updateState = this.updateState;
        const isDone = this.isDone;
        if (!this.state.isCompleted && this.state.error === undefined) {
            await pollHttpOperation({
                lro: this.lro,
                state: this.state,
                stateProxy,
                processResult: this.processResult,
                updateState: updateState
                    ? (state, { rawResponse }) => updateState(state, rawResponse)
                    : undefined,
                isDone: isDone
                    ? ({ flatResponse }, state) => isDone(flatResponse, state)
                    : undefined,
                options,
                setDelay: (intervalInMs) => {
                    this.pollerConfig.intervalInMs = intervalInMs;
                },
                setErrorAsResult: this.setErrorAsResult,
            });
        }
        (_a = options === null || options === void 0 ? void 0 : options.fireProgress) === null || _a === void 0 ? void 0 : _a.call(options, this.state);
        return this;
    }
    async cancel() {
        logger.error("`cancelOperation` is deprecated because it wasn't implemented");
        return this;
    }
    /**
     * Serializes the Poller operation.
     */
    toString() {
        return JSON.stringify({
            state: this.state,
        });
    }
}
//# sourceMappingURL=operation.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/poller.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.
/**
 * When a poller is manually stopped through the `stopPolling` method,
 * the poller will be rejected with an instance of the PollerStoppedError.
 */
class PollerStoppedError extends Error {
    constructor(message) {
        super(message);
        this.name = "PollerStoppedError";
        Object.setPrototypeOf(this, PollerStoppedError.prototype);
    }
}
/**
 * When the operation is cancelled, the poller will be rejected with an instance
 * of the PollerCancelledError.
 */
class PollerCancelledError extends Error {
    constructor(message) {
        super(message);
        this.name = "PollerCancelledError";
        Object.setPrototypeOf(this, PollerCancelledError.prototype);
    }
}
/**
 * A class that represents the definition of a program that polls through consecutive requests
 * until it reaches a state of completion.
 *
 * A poller can be executed manually, by polling request by request by calling to the `poll()` method repeatedly, until its operation is completed.
 * It also provides a way to wait until the operation completes, by calling `pollUntilDone()` and waiting until the operation finishes.
 * Pollers can also request the cancellation of the ongoing process to whom is providing the underlying long running operation.
 *
 * ```ts
 * const poller = new MyPoller();
 *
 * // Polling just once:
 * await poller.poll();
 *
 * // We can try to cancel the request here, by calling:
 * //
 * //     await poller.cancelOperation();
 * //
 *
 * // Getting the final result:
 * const result = await poller.pollUntilDone();
 * ```
 *
 * The Poller is defined by two types, a type representing the state of the poller, which
 * must include a basic set of properties from `PollOperationState<TResult>`,
 * and a return type defined by `TResult`, which can be anything.
 *
 * The Poller class implements the `PollerLike` interface, which allows poller implementations to avoid having
 * to export the Poller's class directly, and instead only export the already instantiated poller with the PollerLike type.
 *
 * ```ts
 * class Client {
 *   public async makePoller: PollerLike<MyOperationState, MyResult> {
 *     const poller = new MyPoller({});
 *     // It might be preferred to return the poller after the first request is made,
 *     // so that some information can be obtained right away.
 *     await poller.poll();
 *     return poller;
 *   }
 * }
 *
 * const poller: PollerLike<MyOperationState, MyResult> = myClient.makePoller();
 * ```
 *
 * A poller can be created through its constructor, then it can be polled until it's completed.
 * At any point in time, the state of the poller can be obtained without delay through the getOperationState method.
 * At any point in time, the intermediate forms of the result type can be requested without delay.
 * Once the underlying operation is marked as completed, the poller will stop and the final value will be returned.
 *
 * ```ts
 * const poller = myClient.makePoller();
 * const state: MyOperationState = poller.getOperationState();
 *
 * // The intermediate result can be obtained at any time.
 * const result: MyResult | undefined = poller.getResult();
 *
 * // The final result can only be obtained after the poller finishes.
 * const result: MyResult = await poller.pollUntilDone();
 * ```
 *
 */
// eslint-disable-next-line no-use-before-define
class Poller {
    /**
     * A poller needs to be initialized by passing in at least the basic properties of the `PollOperation<TState, TResult>`.
     *
     * When writing an implementation of a Poller, this implementation needs to deal with the initialization
     * of any custom state beyond the basic definition of the poller. The basic poller assumes that the poller's
     * operation has already been defined, at least its basic properties. The code below shows how to approach
     * the definition of the constructor of a new custom poller.
     *
     * ```ts
     * export class MyPoller extends Poller<MyOperationState, string> {
     *   constructor({
     *     // Anything you might need outside of the basics
     *   }) {
     *     let state: MyOperationState = {
     *       privateProperty: private,
     *       publicProperty: public,
     *     };
     *
     *     const operation = {
     *       state,
     *       update,
     *       cancel,
     *       toString
     *     }
     *
     *     // Sending the operation to the parent's constructor.
     *     super(operation);
     *
     *     // You can assign more local properties here.
     *   }
     * }
     * ```
     *
     * Inside of this constructor, a new promise is created. This will be used to
     * tell the user when the poller finishes (see `pollUntilDone()`). The promise's
     * resolve and reject methods are also used internally to control when to resolve
     * or reject anyone waiting for the poller to finish.
     *
     * The constructor of a custom implementation of a poller is where any serialized version of
     * a previous poller's operation should be deserialized into the operation sent to the
     * base constructor. For example:
     *
     * ```ts
     * export class MyPoller extends Poller<MyOperationState, string> {
     *   constructor(
     *     baseOperation: string | undefined
     *   ) {
     *     let state: MyOperationState = {};
     *     if (baseOperation) {
     *       state = {
     *         ...JSON.parse(baseOperation).state,
     *         ...state
     *       };
     *     }
     *     const operation = {
     *       state,
     *       // ...
     *     }
     *     super(operation);
     *   }
     * }
     * ```
     *
     * @param operation - Must contain the basic properties of `PollOperation<State, TResult>`.
     */
    constructor(operation) {
        /** controls whether to throw an error if the operation failed or was canceled. */
        this.resolveOnUnsuccessful = false;
        this.stopped = true;
        this.pollProgressCallbacks = [];
        this.operation = operation;
        this.promise = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
        // This prevents the UnhandledPromiseRejectionWarning in node.js from being thrown.
        // The above warning would get thrown if `poller.poll` is called, it returns an error,
        // and pullUntilDone did not have a .catch or await try/catch on it's return value.
        this.promise.catch(() => {
            /* intentionally blank */
        });
    }
    /**
     * Starts a loop that will break only if the poller is done
     * or if the poller is stopped.
     */
    async startPolling(pollOptions = {}) {
        if (this.stopped) {
            this.stopped = false;
        }
        while (!this.isStopped() && !this.isDone()) {
            await this.poll(pollOptions);
            await this.delay();
        }
    }
    /**
     * pollOnce does one polling, by calling to the update method of the underlying
     * poll operation to make any relevant change effective.
     *
     * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
     *
     * @param options - Optional properties passed to the operation's update method.
     */
    async pollOnce(options = {}) {
        if (!this.isDone()) {
            this.operation = await this.operation.update({
                abortSignal: options.abortSignal,
                fireProgress: this.fireProgress.bind(this),
            });
        }
        this.processUpdatedState();
    }
    /**
     * fireProgress calls the functions passed in via onProgress the method of the poller.
     *
     * It loops over all of the callbacks received from onProgress, and executes them, sending them
     * the current operation state.
     *
     * @param state - The current operation state.
     */
    fireProgress(state) {
        for (const callback of this.pollProgressCallbacks) {
            callback(state);
        }
    }
    /**
     * Invokes the underlying operation's cancel method.
     */
    async cancelOnce(options = {}) {
        this.operation = await this.operation.cancel(options);
    }
    /**
     * Returns a promise that will resolve once a single polling request finishes.
     * It does this by calling the update method of the Poller's operation.
     *
     * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
     *
     * @param options - Optional properties passed to the operation's update method.
     */
    poll(options = {}) {
        if (!this.pollOncePromise) {
            this.pollOncePromise = this.pollOnce(options);
            const clearPollOncePromise = () => {
                this.pollOncePromise = undefined;
            };
            this.pollOncePromise.then(clearPollOncePromise, clearPollOncePromise).catch(this.reject);
        }
        return this.pollOncePromise;
    }
    processUpdatedState() {
        if (this.operation.state.error) {
            this.stopped = true;
            if (!this.resolveOnUnsuccessful) {
                this.reject(this.operation.state.error);
                throw this.operation.state.error;
            }
        }
        if (this.operation.state.isCancelled) {
            this.stopped = true;
            if (!this.resolveOnUnsuccessful) {
                const error = new PollerCancelledError("Operation was canceled");
                this.reject(error);
                throw error;
            }
        }
        if (this.isDone() && this.resolve) {
            // If the poller has finished polling, this means we now have a result.
            // However, it can be the case that TResult is instantiated to void, so
            // we are not expecting a result anyway. To assert that we might not
            // have a result eventually after finishing polling, we cast the result
            // to TResult.
            this.resolve(this.getResult());
        }
    }
    /**
     * Returns a promise that will resolve once the underlying operation is completed.
     */
    async pollUntilDone(pollOptions = {}) {
        if (this.stopped) {
            this.startPolling(pollOptions).catch(this.reject);
        }
        // This is needed because the state could have been updated by
        // `cancelOperation`, e.g. the operation is canceled or an error occurred.
        this.processUpdatedState();
        return this.promise;
    }
    /**
     * Invokes the provided callback after each polling is completed,
     * sending the current state of the poller's operation.
     *
     * It returns a method that can be used to stop receiving updates on the given callback function.
     */
    onProgress(callback) {
        this.pollProgressCallbacks.push(callback);
        return () => {
            this.pollProgressCallbacks = this.pollProgressCallbacks.filter((c) => c !== callback);
        };
    }
    /**
     * Returns true if the poller has finished polling.
     */
    isDone() {
        const state = this.operation.state;
        return Boolean(state.isCompleted || state.isCancelled || state.error);
    }
    /**
     * Stops the poller from continuing to poll.
     */
    stopPolling() {
        if (!this.stopped) {
            this.stopped = true;
            if (this.reject) {
                this.reject(new PollerStoppedError("This poller is already stopped"));
            }
        }
    }
    /**
     * Returns true if the poller is stopped.
     */
    isStopped() {
        return this.stopped;
    }
    /**
     * Attempts to cancel the underlying operation.
     *
     * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
     *
     * If it's called again before it finishes, it will throw an error.
     *
     * @param options - Optional properties passed to the operation's update method.
     */
    cancelOperation(options = {}) {
        if (!this.cancelPromise) {
            this.cancelPromise = this.cancelOnce(options);
        }
        else if (options.abortSignal) {
            throw new Error("A cancel request is currently pending");
        }
        return this.cancelPromise;
    }
    /**
     * Returns the state of the operation.
     *
     * Even though TState will be the same type inside any of the methods of any extension of the Poller class,
     * implementations of the pollers can customize what's shared with the public by writing their own
     * version of the `getOperationState` method, and by defining two types, one representing the internal state of the poller
     * and a public type representing a safe to share subset of the properties of the internal state.
     * Their definition of getOperationState can then return their public type.
     *
     * Example:
     *
     * ```ts
     * // Let's say we have our poller's operation state defined as:
     * interface MyOperationState extends PollOperationState<ResultType> {
     *   privateProperty?: string;
     *   publicProperty?: string;
     * }
     *
     * // To allow us to have a true separation of public and private state, we have to define another interface:
     * interface PublicState extends PollOperationState<ResultType> {
     *   publicProperty?: string;
     * }
     *
     * // Then, we define our Poller as follows:
     * export class MyPoller extends Poller<MyOperationState, ResultType> {
     *   // ... More content is needed here ...
     *
     *   public getOperationState(): PublicState {
     *     const state: PublicState = this.operation.state;
     *     return {
     *       // Properties from PollOperationState<TResult>
     *       isStarted: state.isStarted,
     *       isCompleted: state.isCompleted,
     *       isCancelled: state.isCancelled,
     *       error: state.error,
     *       result: state.result,
     *
     *       // The only other property needed by PublicState.
     *       publicProperty: state.publicProperty
     *     }
     *   }
     * }
     * ```
     *
     * You can see this in the tests of this repository, go to the file:
     * `../test/utils/testPoller.ts`
     * and look for the getOperationState implementation.
     */
    getOperationState() {
        return this.operation.state;
    }
    /**
     * Returns the result value of the operation,
     * regardless of the state of the poller.
     * It can return undefined or an incomplete form of the final TResult value
     * depending on the implementation.
     */
    getResult() {
        const state = this.operation.state;
        return state.result;
    }
    /**
     * Returns a serialized version of the poller's operation
     * by invoking the operation's toString method.
     */
    toString() {
        return this.operation.toString();
    }
}
//# sourceMappingURL=poller.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/lroEngine.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.




/**
 * The LRO Engine, a class that performs polling.
 */
class LroEngine extends Poller {
    constructor(lro, options) {
        const { intervalInMs = POLL_INTERVAL_IN_MS, resumeFrom, resolveOnUnsuccessful = false, isDone, lroResourceLocationConfig, processResult, updateState, } = options || {};
        const state = resumeFrom
            ? deserializeState(resumeFrom)
            : {};
        const operation = new GenericPollOperation(state, lro, !resolveOnUnsuccessful, lroResourceLocationConfig, processResult, updateState, isDone);
        super(operation);
        this.resolveOnUnsuccessful = resolveOnUnsuccessful;
        this.config = { intervalInMs: intervalInMs };
        operation.setPollerConfig(this.config);
    }
    /**
     * The method used by the poller to wait before attempting to update its operation.
     */
    delay() {
        return new Promise((resolve) => setTimeout(() => resolve(), this.config.intervalInMs));
    }
}
//# sourceMappingURL=lroEngine.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/core-lro/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT license.

/**
 * This can be uncommented to expose the protocol-agnostic poller
 */
// export {
//   BuildCreatePollerOptions,
//   Operation,
//   CreatePollerOptions,
//   OperationConfig,
//   RestorableOperationState,
// } from "./poller/models";
// export { buildCreatePoller } from "./poller/poller";
/** legacy */



//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/lroImpl.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function createLroSpec(inputs) {
    const { args, spec, sendOperationFn } = inputs;
    return {
        requestMethod: spec.httpMethod,
        requestPath: spec.path,
        sendInitialRequest: () => sendOperationFn(args, spec),
        sendPollRequest: (path, options) => {
            const { requestBody, ...restSpec } = spec;
            return sendOperationFn(args, {
                ...restSpec,
                httpMethod: "GET",
                path,
                abortSignal: options?.abortSignal,
            });
        },
    };
}
//# sourceMappingURL=lroImpl.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/connectedEnvironments.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ConnectedEnvironments operations. */
class ConnectedEnvironmentsImpl {
    client;
    /**
     * Initialize a new instance of the class ConnectedEnvironments class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get all connectedEnvironments for a subscription.
     * @param options The options parameters.
     */
    listBySubscription(options) {
        const iter = this.listBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listBySubscriptionPagingAll(options) {
        for await (const page of this.listBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Get all connectedEnvironments in a resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listByResourceGroup(resourceGroupName, options) {
        const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Get all connectedEnvironments for a subscription.
     * @param options The options parameters.
     */
    _listBySubscription(options) {
        return this.client.sendOperationRequest({ options }, listBySubscriptionOperationSpec);
    }
    /**
     * Get all connectedEnvironments in a resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, listByResourceGroupOperationSpec);
    }
    /**
     * Get the properties of an connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connectedEnvironment.
     * @param options The options parameters.
     */
    get(resourceGroupName, connectedEnvironmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, options }, connectedEnvironments_getOperationSpec);
    }
    /**
     * Creates or updates an connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connectedEnvironment.
     * @param environmentEnvelope Configuration details of the connectedEnvironment.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                environmentEnvelope,
                options,
            },
            spec: connectedEnvironments_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Creates or updates an connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connectedEnvironment.
     * @param environmentEnvelope Configuration details of the connectedEnvironment.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, environmentEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete an connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connectedEnvironment.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, connectedEnvironmentName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, connectedEnvironmentName, options },
            spec: connectedEnvironments_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete an connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connectedEnvironment.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, connectedEnvironmentName, options) {
        const poller = await this.beginDelete(resourceGroupName, connectedEnvironmentName, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a Managed Environment. Only patching of tags is supported currently
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connectedEnvironment.
     * @param environmentEnvelope Configuration details of the connectedEnvironment.
     * @param options The options parameters.
     */
    update(resourceGroupName, connectedEnvironmentName, environmentEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            connectedEnvironmentName,
            environmentEnvelope,
            options,
        }, updateOperationSpec);
    }
    /**
     * Checks if resource connectedEnvironmentName is available.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Managed Environment.
     * @param checkNameAvailabilityRequest The check connectedEnvironmentName availability request.
     * @param options The options parameters.
     */
    checkNameAvailability(resourceGroupName, connectedEnvironmentName, checkNameAvailabilityRequest, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            connectedEnvironmentName,
            checkNameAvailabilityRequest,
            options,
        }, checkNameAvailabilityOperationSpec);
    }
    /**
     * ListBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
     * @param options The options parameters.
     */
    _listBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, listBySubscriptionNextOperationSpec);
    }
    /**
     * ListByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
     * @param options The options parameters.
     */
    _listByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, listByResourceGroupNextOperationSpec);
    }
}
// Operation Specifications
const connectedEnvironments_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const listBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/connectedEnvironments",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: connectedEnvironments_serializer,
};
const listByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, resourceGroupName],
    headerParameters: [accept],
    serializer: connectedEnvironments_serializer,
};
const connectedEnvironments_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironments_serializer,
};
const connectedEnvironments_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironment,
        },
        201: {
            bodyMapper: ConnectedEnvironment,
        },
        202: {
            bodyMapper: ConnectedEnvironment,
        },
        204: {
            bodyMapper: ConnectedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: environmentEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironments_serializer,
};
const connectedEnvironments_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironments_serializer,
};
const updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: environmentEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironments_serializer,
};
const checkNameAvailabilityOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/checkNameAvailability",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: CheckNameAvailabilityResponse,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: checkNameAvailabilityRequest,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironments_serializer,
};
const listBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: connectedEnvironments_serializer,
};
const listByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironments_serializer,
};
//# sourceMappingURL=connectedEnvironments.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/connectedEnvironmentsCertificates.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ConnectedEnvironmentsCertificates operations. */
class ConnectedEnvironmentsCertificatesImpl {
    client;
    /**
     * Initialize a new instance of the class ConnectedEnvironmentsCertificates class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Certificates in a given connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, connectedEnvironmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, connectedEnvironmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, connectedEnvironmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, connectedEnvironmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, connectedEnvironmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, connectedEnvironmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, connectedEnvironmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, connectedEnvironmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Certificates in a given connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, connectedEnvironmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, options }, listOperationSpec);
    }
    /**
     * Get the specified Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    get(resourceGroupName, connectedEnvironmentName, certificateName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, certificateName, options }, connectedEnvironmentsCertificates_getOperationSpec);
    }
    /**
     * Create or Update a Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, certificateName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                certificateName,
                options,
            },
            spec: connectedEnvironmentsCertificates_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or Update a Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, connectedEnvironmentName, certificateName, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, certificateName, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes the specified Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, connectedEnvironmentName, certificateName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                certificateName,
                options,
            },
            spec: connectedEnvironmentsCertificates_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, connectedEnvironmentName, certificateName, options) {
        const poller = await this.beginDelete(resourceGroupName, connectedEnvironmentName, certificateName, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a certificate. Currently only patching of tags is supported
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param certificateEnvelope Properties of a certificate that need to be updated
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                certificateName,
                certificateEnvelope,
                options,
            },
            spec: connectedEnvironmentsCertificates_updateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Patches a certificate. Currently only patching of tags is supported
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param certificateName Name of the Certificate.
     * @param certificateEnvelope Properties of a certificate that need to be updated
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options) {
        const poller = await this.beginUpdate(resourceGroupName, connectedEnvironmentName, certificateName, certificateEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Connected Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, connectedEnvironmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, nextLink, options }, listNextOperationSpec);
    }
}
// Operation Specifications
const connectedEnvironmentsCertificates_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CertificateCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsCertificates_serializer,
};
const connectedEnvironmentsCertificates_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Certificate,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        certificateName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsCertificates_serializer,
};
const connectedEnvironmentsCertificates_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: Certificate,
        },
        201: {
            bodyMapper: Certificate,
        },
        202: {
            bodyMapper: Certificate,
        },
        204: {
            bodyMapper: Certificate,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: certificateEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        certificateName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironmentsCertificates_serializer,
};
const connectedEnvironmentsCertificates_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: ConnectedEnvironmentsCertificatesDeleteHeaders,
        },
        201: {
            headersMapper: ConnectedEnvironmentsCertificatesDeleteHeaders,
        },
        202: {
            headersMapper: ConnectedEnvironmentsCertificatesDeleteHeaders,
        },
        204: {
            headersMapper: ConnectedEnvironmentsCertificatesDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        certificateName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsCertificates_serializer,
};
const connectedEnvironmentsCertificates_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/certificates/{certificateName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: Certificate,
        },
        201: {
            bodyMapper: Certificate,
        },
        202: {
            bodyMapper: Certificate,
        },
        204: {
            bodyMapper: Certificate,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: certificateEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        certificateName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironmentsCertificates_serializer,
};
const listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CertificateCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsCertificates_serializer,
};
//# sourceMappingURL=connectedEnvironmentsCertificates.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/connectedEnvironmentsDaprComponents.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ConnectedEnvironmentsDaprComponents operations. */
class ConnectedEnvironmentsDaprComponentsImpl {
    client;
    /**
     * Initialize a new instance of the class ConnectedEnvironmentsDaprComponents class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Dapr Components for a connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, connectedEnvironmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, connectedEnvironmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, connectedEnvironmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, connectedEnvironmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, connectedEnvironmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, connectedEnvironmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, connectedEnvironmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, connectedEnvironmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Dapr Components for a connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, connectedEnvironmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, options }, connectedEnvironmentsDaprComponents_listOperationSpec);
    }
    /**
     * Get a dapr component.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    get(resourceGroupName, connectedEnvironmentName, componentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, componentName, options }, connectedEnvironmentsDaprComponents_getOperationSpec);
    }
    /**
     * Creates or updates a Dapr Component in a connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param componentName Name of the Dapr Component.
     * @param daprComponentEnvelope Configuration details of the Dapr Component.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                componentName,
                daprComponentEnvelope,
                options,
            },
            spec: connectedEnvironmentsDaprComponents_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Creates or updates a Dapr Component in a connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param componentName Name of the Dapr Component.
     * @param daprComponentEnvelope Configuration details of the Dapr Component.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, componentName, daprComponentEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a Dapr Component from a connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, connectedEnvironmentName, componentName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                componentName,
                options,
            },
            spec: connectedEnvironmentsDaprComponents_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a Dapr Component from a connected environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, connectedEnvironmentName, componentName, options) {
        const poller = await this.beginDelete(resourceGroupName, connectedEnvironmentName, componentName, options);
        return poller.pollUntilDone();
    }
    /**
     * List secrets for a dapr component
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    listSecrets(resourceGroupName, connectedEnvironmentName, componentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, componentName, options }, listSecretsOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the connected environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, connectedEnvironmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, nextLink, options }, connectedEnvironmentsDaprComponents_listNextOperationSpec);
    }
}
// Operation Specifications
const connectedEnvironmentsDaprComponents_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const connectedEnvironmentsDaprComponents_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DaprComponentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsDaprComponents_serializer,
};
const connectedEnvironmentsDaprComponents_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DaprComponent,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        componentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsDaprComponents_serializer,
};
const connectedEnvironmentsDaprComponents_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: DaprComponent,
        },
        201: {
            bodyMapper: DaprComponent,
        },
        202: {
            bodyMapper: DaprComponent,
        },
        204: {
            bodyMapper: DaprComponent,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: daprComponentEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        componentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironmentsDaprComponents_serializer,
};
const connectedEnvironmentsDaprComponents_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: ConnectedEnvironmentsDaprComponentsDeleteHeaders,
        },
        201: {
            headersMapper: ConnectedEnvironmentsDaprComponentsDeleteHeaders,
        },
        202: {
            headersMapper: ConnectedEnvironmentsDaprComponentsDeleteHeaders,
        },
        204: {
            headersMapper: ConnectedEnvironmentsDaprComponentsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        componentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsDaprComponents_serializer,
};
const listSecretsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/daprComponents/{componentName}/listSecrets",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: DaprSecretsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        componentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsDaprComponents_serializer,
};
const connectedEnvironmentsDaprComponents_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DaprComponentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsDaprComponents_serializer,
};
//# sourceMappingURL=connectedEnvironmentsDaprComponents.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/connectedEnvironmentsStorages.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.





/** Class containing ConnectedEnvironmentsStorages operations. */
class ConnectedEnvironmentsStoragesImpl {
    client;
    /**
     * Initialize a new instance of the class ConnectedEnvironmentsStorages class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get all storages for a connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, connectedEnvironmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, options }, connectedEnvironmentsStorages_listOperationSpec);
    }
    /**
     * Get storage for a connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param options The options parameters.
     */
    get(resourceGroupName, connectedEnvironmentName, storageName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, connectedEnvironmentName, storageName, options }, connectedEnvironmentsStorages_getOperationSpec);
    }
    /**
     * Create or update storage for a connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param storageEnvelope Configuration details of storage.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                storageName,
                storageEnvelope,
                options,
            },
            spec: connectedEnvironmentsStorages_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update storage for a connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param storageEnvelope Configuration details of storage.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, connectedEnvironmentName, storageName, storageEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete storage for a connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, connectedEnvironmentName, storageName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                connectedEnvironmentName,
                storageName,
                options,
            },
            spec: connectedEnvironmentsStorages_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete storage for a connectedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param connectedEnvironmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, connectedEnvironmentName, storageName, options) {
        const poller = await this.beginDelete(resourceGroupName, connectedEnvironmentName, storageName, options);
        return poller.pollUntilDone();
    }
}
// Operation Specifications
const connectedEnvironmentsStorages_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const connectedEnvironmentsStorages_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentStoragesCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsStorages_serializer,
};
const connectedEnvironmentsStorages_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentStorage,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        storageName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsStorages_serializer,
};
const connectedEnvironmentsStorages_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ConnectedEnvironmentStorage,
        },
        201: {
            bodyMapper: ConnectedEnvironmentStorage,
        },
        202: {
            bodyMapper: ConnectedEnvironmentStorage,
        },
        204: {
            bodyMapper: ConnectedEnvironmentStorage,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: storageEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        storageName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: connectedEnvironmentsStorages_serializer,
};
const connectedEnvironmentsStorages_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/connectedEnvironments/{connectedEnvironmentName}/storages/{storageName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: ConnectedEnvironmentsStoragesDeleteHeaders,
        },
        201: {
            headersMapper: ConnectedEnvironmentsStoragesDeleteHeaders,
        },
        202: {
            headersMapper: ConnectedEnvironmentsStoragesDeleteHeaders,
        },
        204: {
            headersMapper: ConnectedEnvironmentsStoragesDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        connectedEnvironmentName,
        storageName,
    ],
    headerParameters: [accept],
    serializer: connectedEnvironmentsStorages_serializer,
};
//# sourceMappingURL=connectedEnvironmentsStorages.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerApps.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ContainerApps operations. */
class ContainerAppsImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerApps class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Container Apps in a given subscription.
     * @param options The options parameters.
     */
    listBySubscription(options) {
        const iter = this.listBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listBySubscriptionPagingAll(options) {
        for await (const page of this.listBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Get the Container Apps in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listByResourceGroup(resourceGroupName, options) {
        const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Container Apps in a given subscription.
     * @param options The options parameters.
     */
    _listBySubscription(options) {
        return this.client.sendOperationRequest({ options }, containerApps_listBySubscriptionOperationSpec);
    }
    /**
     * Get the Container Apps in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, containerApps_listByResourceGroupOperationSpec);
    }
    /**
     * Get the properties of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    get(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, containerApps_getOperationSpec);
    }
    /**
     * Create or update a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param containerAppEnvelope Properties used to create a container app
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, containerAppName, containerAppEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                containerAppName,
                containerAppEnvelope,
                options,
            },
            spec: containerApps_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param containerAppEnvelope Properties used to create a container app
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, containerAppName, containerAppEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, containerAppName, containerAppEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, containerAppName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, containerAppName, options },
            spec: containerApps_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, containerAppName, options) {
        const poller = await this.beginDelete(resourceGroupName, containerAppName, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a Container App using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param containerAppEnvelope Properties of a Container App that need to be updated
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, containerAppName, containerAppEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                containerAppName,
                containerAppEnvelope,
                options,
            },
            spec: containerApps_updateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Patches a Container App using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param containerAppEnvelope Properties of a Container App that need to be updated
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, containerAppName, containerAppEnvelope, options) {
        const poller = await this.beginUpdate(resourceGroupName, containerAppName, containerAppEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Analyzes a custom hostname for a Container App
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    listCustomHostNameAnalysis(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, listCustomHostNameAnalysisOperationSpec);
    }
    /**
     * List secrets for a container app
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    listSecrets(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, containerApps_listSecretsOperationSpec);
    }
    /**
     * Get auth token for a container app
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    getAuthToken(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, getAuthTokenOperationSpec);
    }
    /**
     * Start a container app
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    async beginStart(resourceGroupName, containerAppName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, containerAppName, options },
            spec: startOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Start a container app
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    async beginStartAndWait(resourceGroupName, containerAppName, options) {
        const poller = await this.beginStart(resourceGroupName, containerAppName, options);
        return poller.pollUntilDone();
    }
    /**
     * Stop a container app
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    async beginStop(resourceGroupName, containerAppName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, containerAppName, options },
            spec: stopOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Stop a container app
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    async beginStopAndWait(resourceGroupName, containerAppName, options) {
        const poller = await this.beginStop(resourceGroupName, containerAppName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
     * @param options The options parameters.
     */
    _listBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, containerApps_listBySubscriptionNextOperationSpec);
    }
    /**
     * ListByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
     * @param options The options parameters.
     */
    _listByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, containerApps_listByResourceGroupNextOperationSpec);
    }
}
// Operation Specifications
const containerApps_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const containerApps_listBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/containerApps",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerAppCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_listByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerAppCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, resourceGroupName],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerApp,
        },
        404: {
            isError: true,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ContainerApp,
        },
        201: {
            bodyMapper: ContainerApp,
        },
        202: {
            bodyMapper: ContainerApp,
        },
        204: {
            bodyMapper: ContainerApp,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: containerAppEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: containerApps_serializer,
};
const containerApps_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: ContainerApp,
        },
        201: {
            bodyMapper: ContainerApp,
        },
        202: {
            bodyMapper: ContainerApp,
        },
        204: {
            bodyMapper: ContainerApp,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: containerAppEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: containerApps_serializer,
};
const listCustomHostNameAnalysisOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/listCustomHostNameAnalysis",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: CustomHostnameAnalysisResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion, customHostname],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_listSecretsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/listSecrets",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: SecretsCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const getAuthTokenOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/getAuthtoken",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: ContainerAppAuthToken,
        },
        404: {
            isError: true,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const startOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/start",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: ContainerApp,
        },
        201: {
            bodyMapper: ContainerApp,
        },
        202: {
            bodyMapper: ContainerApp,
        },
        204: {
            bodyMapper: ContainerApp,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const stopOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/stop",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: ContainerApp,
        },
        201: {
            bodyMapper: ContainerApp,
        },
        202: {
            bodyMapper: ContainerApp,
        },
        204: {
            bodyMapper: ContainerApp,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_listBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerAppCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
const containerApps_listByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerAppCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: containerApps_serializer,
};
//# sourceMappingURL=containerApps.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerAppsRevisions.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ContainerAppsRevisions operations. */
class ContainerAppsRevisionsImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerAppsRevisions class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Revisions for a given Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which Revisions are needed.
     * @param options The options parameters.
     */
    listRevisions(resourceGroupName, containerAppName, options) {
        const iter = this.listRevisionsPagingAll(resourceGroupName, containerAppName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listRevisionsPagingPage(resourceGroupName, containerAppName, options, settings);
            },
        };
    }
    async *listRevisionsPagingPage(resourceGroupName, containerAppName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listRevisions(resourceGroupName, containerAppName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listRevisionsNext(resourceGroupName, containerAppName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listRevisionsPagingAll(resourceGroupName, containerAppName, options) {
        for await (const page of this.listRevisionsPagingPage(resourceGroupName, containerAppName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Revisions for a given Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which Revisions are needed.
     * @param options The options parameters.
     */
    _listRevisions(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, listRevisionsOperationSpec);
    }
    /**
     * Get a revision of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param options The options parameters.
     */
    getRevision(resourceGroupName, containerAppName, revisionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, revisionName, options }, getRevisionOperationSpec);
    }
    /**
     * Activates a revision for a Container App
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param options The options parameters.
     */
    activateRevision(resourceGroupName, containerAppName, revisionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, revisionName, options }, activateRevisionOperationSpec);
    }
    /**
     * Deactivates a revision for a Container App
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param options The options parameters.
     */
    deactivateRevision(resourceGroupName, containerAppName, revisionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, revisionName, options }, deactivateRevisionOperationSpec);
    }
    /**
     * Restarts a revision for a Container App
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param options The options parameters.
     */
    restartRevision(resourceGroupName, containerAppName, revisionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, revisionName, options }, restartRevisionOperationSpec);
    }
    /**
     * ListRevisionsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which Revisions are needed.
     * @param nextLink The nextLink from the previous successful call to the ListRevisions method.
     * @param options The options parameters.
     */
    _listRevisionsNext(resourceGroupName, containerAppName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, nextLink, options }, listRevisionsNextOperationSpec);
    }
}
// Operation Specifications
const containerAppsRevisions_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const listRevisionsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RevisionCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion, filter],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisions_serializer,
};
const getRevisionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Revision,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisions_serializer,
};
const activateRevisionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/activate",
    httpMethod: "POST",
    responses: {
        200: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisions_serializer,
};
const deactivateRevisionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/deactivate",
    httpMethod: "POST",
    responses: {
        200: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisions_serializer,
};
const restartRevisionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/restart",
    httpMethod: "POST",
    responses: {
        200: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisions_serializer,
};
const listRevisionsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RevisionCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisions_serializer,
};
//# sourceMappingURL=containerAppsRevisions.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerAppsRevisionReplicas.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing ContainerAppsRevisionReplicas operations. */
class ContainerAppsRevisionReplicasImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerAppsRevisionReplicas class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get a replica for a Container App Revision.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param replicaName Name of the Container App Revision Replica.
     * @param options The options parameters.
     */
    getReplica(resourceGroupName, containerAppName, revisionName, replicaName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            containerAppName,
            revisionName,
            replicaName,
            options,
        }, getReplicaOperationSpec);
    }
    /**
     * List replicas for a Container App Revision.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param options The options parameters.
     */
    listReplicas(resourceGroupName, containerAppName, revisionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, revisionName, options }, listReplicasOperationSpec);
    }
}
// Operation Specifications
const containerAppsRevisionReplicas_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const getReplicaOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/replicas/{replicaName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Replica,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
        replicaName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisionReplicas_serializer,
};
const listReplicasOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/revisions/{revisionName}/replicas",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ReplicaCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsRevisionReplicas_serializer,
};
//# sourceMappingURL=containerAppsRevisionReplicas.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerAppsDiagnostics.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ContainerAppsDiagnostics operations. */
class ContainerAppsDiagnosticsImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerAppsDiagnostics class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the list of diagnostics for a given Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which detector info is needed.
     * @param options The options parameters.
     */
    listDetectors(resourceGroupName, containerAppName, options) {
        const iter = this.listDetectorsPagingAll(resourceGroupName, containerAppName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listDetectorsPagingPage(resourceGroupName, containerAppName, options, settings);
            },
        };
    }
    async *listDetectorsPagingPage(resourceGroupName, containerAppName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listDetectors(resourceGroupName, containerAppName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listDetectorsNext(resourceGroupName, containerAppName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listDetectorsPagingAll(resourceGroupName, containerAppName, options) {
        for await (const page of this.listDetectorsPagingPage(resourceGroupName, containerAppName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Revisions for a given Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which Revisions are needed.
     * @param options The options parameters.
     */
    listRevisions(resourceGroupName, containerAppName, options) {
        const iter = this.listRevisionsPagingAll(resourceGroupName, containerAppName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listRevisionsPagingPage(resourceGroupName, containerAppName, options, settings);
            },
        };
    }
    async *listRevisionsPagingPage(resourceGroupName, containerAppName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listRevisions(resourceGroupName, containerAppName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listRevisionsNext(resourceGroupName, containerAppName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listRevisionsPagingAll(resourceGroupName, containerAppName, options) {
        for await (const page of this.listRevisionsPagingPage(resourceGroupName, containerAppName, options)) {
            yield* page;
        }
    }
    /**
     * Get the list of diagnostics for a given Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which detector info is needed.
     * @param options The options parameters.
     */
    _listDetectors(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, listDetectorsOperationSpec);
    }
    /**
     * Get a diagnostics result of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param detectorName Name of the Container App Detector.
     * @param options The options parameters.
     */
    getDetector(resourceGroupName, containerAppName, detectorName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, detectorName, options }, getDetectorOperationSpec);
    }
    /**
     * Get the Revisions for a given Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which Revisions are needed.
     * @param options The options parameters.
     */
    _listRevisions(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, containerAppsDiagnostics_listRevisionsOperationSpec);
    }
    /**
     * Get a revision of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param revisionName Name of the Container App Revision.
     * @param options The options parameters.
     */
    getRevision(resourceGroupName, containerAppName, revisionName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, revisionName, options }, containerAppsDiagnostics_getRevisionOperationSpec);
    }
    /**
     * Get the properties of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    getRoot(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, getRootOperationSpec);
    }
    /**
     * ListDetectorsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which detector info is needed.
     * @param nextLink The nextLink from the previous successful call to the ListDetectors method.
     * @param options The options parameters.
     */
    _listDetectorsNext(resourceGroupName, containerAppName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, nextLink, options }, listDetectorsNextOperationSpec);
    }
    /**
     * ListRevisionsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App for which Revisions are needed.
     * @param nextLink The nextLink from the previous successful call to the ListRevisions method.
     * @param options The options parameters.
     */
    _listRevisionsNext(resourceGroupName, containerAppName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, nextLink, options }, containerAppsDiagnostics_listRevisionsNextOperationSpec);
    }
}
// Operation Specifications
const containerAppsDiagnostics_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const listDetectorsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectors",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DiagnosticsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
const getDetectorOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectors/{detectorName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Diagnostics,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        detectorName,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
const containerAppsDiagnostics_listRevisionsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectorProperties/revisionsApi/revisions/",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RevisionCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion, filter],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
const containerAppsDiagnostics_getRevisionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectorProperties/revisionsApi/revisions/{revisionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Revision,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        revisionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
const getRootOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/detectorProperties/rootApi/",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerApp,
        },
        404: {
            isError: true,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
const listDetectorsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DiagnosticsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
const containerAppsDiagnostics_listRevisionsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: RevisionCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: containerAppsDiagnostics_serializer,
};
//# sourceMappingURL=containerAppsDiagnostics.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironmentDiagnostics.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing ManagedEnvironmentDiagnostics operations. */
class ManagedEnvironmentDiagnosticsImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironmentDiagnostics class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the list of diagnostics for a Managed Environment used to host container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    listDetectors(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironmentDiagnostics_listDetectorsOperationSpec);
    }
    /**
     * Get the diagnostics data for a Managed Environment used to host container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param detectorName Name of the Managed Environment detector.
     * @param options The options parameters.
     */
    getDetector(resourceGroupName, environmentName, detectorName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, detectorName, options }, managedEnvironmentDiagnostics_getDetectorOperationSpec);
    }
}
// Operation Specifications
const managedEnvironmentDiagnostics_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironmentDiagnostics_listDetectorsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/detectors",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DiagnosticsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentDiagnostics_serializer,
};
const managedEnvironmentDiagnostics_getDetectorOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/detectors/{detectorName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Diagnostics,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        detectorName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentDiagnostics_serializer,
};
//# sourceMappingURL=managedEnvironmentDiagnostics.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironmentsDiagnostics.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing ManagedEnvironmentsDiagnostics operations. */
class ManagedEnvironmentsDiagnosticsImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironmentsDiagnostics class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the properties of a Managed Environment used to host container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    getRoot(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironmentsDiagnostics_getRootOperationSpec);
    }
}
// Operation Specifications
const managedEnvironmentsDiagnostics_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironmentsDiagnostics_getRootOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/detectorProperties/rootApi/",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentsDiagnostics_serializer,
};
//# sourceMappingURL=managedEnvironmentsDiagnostics.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/jobs.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing Jobs operations. */
class JobsImpl {
    client;
    /**
     * Initialize a new instance of the class Jobs class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the list of diagnostics for a Container App Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    listDetectors(resourceGroupName, jobName, options) {
        const iter = this.listDetectorsPagingAll(resourceGroupName, jobName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listDetectorsPagingPage(resourceGroupName, jobName, options, settings);
            },
        };
    }
    async *listDetectorsPagingPage(resourceGroupName, jobName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listDetectors(resourceGroupName, jobName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listDetectorsNext(resourceGroupName, jobName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listDetectorsPagingAll(resourceGroupName, jobName, options) {
        for await (const page of this.listDetectorsPagingPage(resourceGroupName, jobName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Container Apps Jobs in a given subscription.
     * @param options The options parameters.
     */
    listBySubscription(options) {
        const iter = this.listBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listBySubscriptionPagingAll(options) {
        for await (const page of this.listBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Get the Container Apps Jobs in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listByResourceGroup(resourceGroupName, options) {
        const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Get the list of diagnostics for a Container App Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    _listDetectors(resourceGroupName, jobName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, options }, jobs_listDetectorsOperationSpec);
    }
    /**
     * Get the diagnostics data for a Container App Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param detectorName Name of the Container App Job detector.
     * @param options The options parameters.
     */
    getDetector(resourceGroupName, jobName, detectorName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, detectorName, options }, jobs_getDetectorOperationSpec);
    }
    /**
     * Get the properties of a Container App Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param apiName Proxy API Name for Container App Job.
     * @param options The options parameters.
     */
    proxyGet(resourceGroupName, jobName, apiName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, apiName, options }, proxyGetOperationSpec);
    }
    /**
     * Get the Container Apps Jobs in a given subscription.
     * @param options The options parameters.
     */
    _listBySubscription(options) {
        return this.client.sendOperationRequest({ options }, jobs_listBySubscriptionOperationSpec);
    }
    /**
     * Get the Container Apps Jobs in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, jobs_listByResourceGroupOperationSpec);
    }
    /**
     * Get the properties of a Container Apps Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    get(resourceGroupName, jobName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, options }, jobs_getOperationSpec);
    }
    /**
     * Create or Update a Container Apps Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobEnvelope Properties used to create a container apps job
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, jobName, jobEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, jobName, jobEnvelope, options },
            spec: jobs_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or Update a Container Apps Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobEnvelope Properties used to create a container apps job
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, jobName, jobEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, jobName, jobEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a Container Apps Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, jobName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, jobName, options },
            spec: jobs_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a Container Apps Job.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, jobName, options) {
        const poller = await this.beginDelete(resourceGroupName, jobName, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a Container Apps Job using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobEnvelope Properties used to create a container apps job
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, jobName, jobEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, jobName, jobEnvelope, options },
            spec: jobs_updateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Patches a Container Apps Job using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobEnvelope Properties used to create a container apps job
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, jobName, jobEnvelope, options) {
        const poller = await this.beginUpdate(resourceGroupName, jobName, jobEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Start a Container Apps Job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    async beginStart(resourceGroupName, jobName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, jobName, options },
            spec: jobs_startOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Start a Container Apps Job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    async beginStartAndWait(resourceGroupName, jobName, options) {
        const poller = await this.beginStart(resourceGroupName, jobName, options);
        return poller.pollUntilDone();
    }
    /**
     * Terminates execution of a running container apps job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobExecutionName Job execution name.
     * @param options The options parameters.
     */
    async beginStopExecution(resourceGroupName, jobName, jobExecutionName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, jobName, jobExecutionName, options },
            spec: stopExecutionOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Terminates execution of a running container apps job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobExecutionName Job execution name.
     * @param options The options parameters.
     */
    async beginStopExecutionAndWait(resourceGroupName, jobName, jobExecutionName, options) {
        const poller = await this.beginStopExecution(resourceGroupName, jobName, jobExecutionName, options);
        return poller.pollUntilDone();
    }
    /**
     * Terminates execution of a running container apps job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    async beginStopMultipleExecutions(resourceGroupName, jobName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, jobName, options },
            spec: stopMultipleExecutionsOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Terminates execution of a running container apps job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    async beginStopMultipleExecutionsAndWait(resourceGroupName, jobName, options) {
        const poller = await this.beginStopMultipleExecutions(resourceGroupName, jobName, options);
        return poller.pollUntilDone();
    }
    /**
     * List secrets for a container apps job
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    listSecrets(resourceGroupName, jobName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, options }, jobs_listSecretsOperationSpec);
    }
    /**
     * ListDetectorsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param nextLink The nextLink from the previous successful call to the ListDetectors method.
     * @param options The options parameters.
     */
    _listDetectorsNext(resourceGroupName, jobName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, nextLink, options }, jobs_listDetectorsNextOperationSpec);
    }
    /**
     * ListBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
     * @param options The options parameters.
     */
    _listBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, jobs_listBySubscriptionNextOperationSpec);
    }
    /**
     * ListByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
     * @param options The options parameters.
     */
    _listByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, jobs_listByResourceGroupNextOperationSpec);
    }
}
// Operation Specifications
const jobs_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const jobs_listDetectorsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/detectors",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DiagnosticsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_getDetectorOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/detectors/{detectorName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Diagnostics,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
        detectorName1,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const proxyGetOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/detectorProperties/{apiName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Job,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
        apiName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_listBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/jobs",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JobsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_listByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JobsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, resourceGroupName],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Job,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: Job,
        },
        201: {
            bodyMapper: Job,
        },
        202: {
            bodyMapper: Job,
        },
        204: {
            bodyMapper: Job,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: jobEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: jobs_serializer,
};
const jobs_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: Job,
        },
        201: {
            bodyMapper: Job,
        },
        202: {
            bodyMapper: Job,
        },
        204: {
            bodyMapper: Job,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: jobEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: jobs_serializer,
};
const jobs_startOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/start",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: JobExecutionBase,
        },
        201: {
            bodyMapper: JobExecutionBase,
        },
        202: {
            bodyMapper: JobExecutionBase,
        },
        204: {
            bodyMapper: JobExecutionBase,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: template,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: jobs_serializer,
};
const stopExecutionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions/{jobExecutionName}/stop",
    httpMethod: "POST",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
        jobExecutionName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const stopMultipleExecutionsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/stop",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: ContainerAppJobExecutions,
        },
        201: {
            bodyMapper: ContainerAppJobExecutions,
        },
        202: {
            bodyMapper: ContainerAppJobExecutions,
        },
        204: {
            bodyMapper: ContainerAppJobExecutions,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_listSecretsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/listSecrets",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: JobSecretsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_listDetectorsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DiagnosticsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_listBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JobsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
const jobs_listByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JobsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: jobs_serializer,
};
//# sourceMappingURL=jobs.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/operations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing Operations operations. */
class OperationsImpl {
    client;
    /**
     * Initialize a new instance of the class Operations class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Lists all of the available RP operations.
     * @param options The options parameters.
     */
    list(options) {
        const iter = this.listPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(options, settings);
            },
        };
    }
    async *listPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(options) {
        for await (const page of this.listPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Lists all of the available RP operations.
     * @param options The options parameters.
     */
    _list(options) {
        return this.client.sendOperationRequest({ options }, operations_listOperationSpec);
    }
    /**
     * ListNext
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, operations_listNextOperationSpec);
    }
}
// Operation Specifications
const operations_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const operations_listOperationSpec = {
    path: "/providers/Microsoft.App/operations",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AvailableOperations,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host],
    headerParameters: [accept],
    serializer: operations_serializer,
};
const operations_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: AvailableOperations,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [$host, nextLink],
    headerParameters: [accept],
    serializer: operations_serializer,
};
//# sourceMappingURL=operations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/javaComponents.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing JavaComponents operations. */
class JavaComponentsImpl {
    client;
    /**
     * Initialize a new instance of the class JavaComponents class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Java Components for a managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Java Components for a managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, javaComponents_listOperationSpec);
    }
    /**
     * Get a Java Component.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, name, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, name, options }, javaComponents_getOperationSpec);
    }
    /**
     * Creates or updates a Java Component in a Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param javaComponentEnvelope Configuration details of the Java Component.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, environmentName, name, javaComponentEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                name,
                javaComponentEnvelope,
                options,
            },
            spec: javaComponents_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Creates or updates a Java Component in a Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param javaComponentEnvelope Configuration details of the Java Component.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, environmentName, name, javaComponentEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, environmentName, name, javaComponentEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a Java Component using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param javaComponentEnvelope Configuration details of the Java Component.
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, environmentName, name, javaComponentEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                name,
                javaComponentEnvelope,
                options,
            },
            spec: javaComponents_updateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Patches a Java Component using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param javaComponentEnvelope Configuration details of the Java Component.
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, environmentName, name, javaComponentEnvelope, options) {
        const poller = await this.beginUpdate(resourceGroupName, environmentName, name, javaComponentEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a Java Component.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, environmentName, name, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, environmentName, name, options },
            spec: javaComponents_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a Java Component.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param name Name of the Java Component.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, environmentName, name, options) {
        const poller = await this.beginDelete(resourceGroupName, environmentName, name, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, javaComponents_listNextOperationSpec);
    }
}
// Operation Specifications
const javaComponents_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const javaComponents_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JavaComponentsCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: javaComponents_serializer,
};
const javaComponents_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JavaComponent,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        parameters_name,
    ],
    headerParameters: [accept],
    serializer: javaComponents_serializer,
};
const javaComponents_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: JavaComponent,
        },
        201: {
            bodyMapper: JavaComponent,
        },
        202: {
            bodyMapper: JavaComponent,
        },
        204: {
            bodyMapper: JavaComponent,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: javaComponentEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        parameters_name,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: javaComponents_serializer,
};
const javaComponents_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: JavaComponent,
        },
        201: {
            bodyMapper: JavaComponent,
        },
        202: {
            bodyMapper: JavaComponent,
        },
        204: {
            bodyMapper: JavaComponent,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: javaComponentEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        parameters_name,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: javaComponents_serializer,
};
const javaComponents_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/javaComponents/{name}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: JavaComponentsDeleteHeaders,
        },
        201: {
            headersMapper: JavaComponentsDeleteHeaders,
        },
        202: {
            headersMapper: JavaComponentsDeleteHeaders,
        },
        204: {
            headersMapper: JavaComponentsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        parameters_name,
    ],
    headerParameters: [accept],
    serializer: javaComponents_serializer,
};
const javaComponents_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JavaComponentsCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: javaComponents_serializer,
};
//# sourceMappingURL=javaComponents.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/jobsExecutions.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing JobsExecutions operations. */
class JobsExecutionsImpl {
    client;
    /**
     * Initialize a new instance of the class JobsExecutions class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get a Container Apps Job's executions
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    list(resourceGroupName, jobName, options) {
        const iter = this.listPagingAll(resourceGroupName, jobName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, jobName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, jobName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, jobName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, jobName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, jobName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, jobName, options)) {
            yield* page;
        }
    }
    /**
     * Get a Container Apps Job's executions
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param options The options parameters.
     */
    _list(resourceGroupName, jobName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, options }, jobsExecutions_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, jobName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, jobName, nextLink, options }, jobsExecutions_listNextOperationSpec);
    }
}
// Operation Specifications
const jobsExecutions_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const jobsExecutions_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerAppJobExecutions,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion, filter],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobsExecutions_serializer,
};
const jobsExecutions_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ContainerAppJobExecutions,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        jobName,
    ],
    headerParameters: [accept],
    serializer: jobsExecutions_serializer,
};
//# sourceMappingURL=jobsExecutions.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironments.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ManagedEnvironments operations. */
class ManagedEnvironmentsImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironments class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get all Managed Environments for a subscription.
     * @param options The options parameters.
     */
    listBySubscription(options) {
        const iter = this.listBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listBySubscriptionPagingAll(options) {
        for await (const page of this.listBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Get all the Managed Environments in a resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listByResourceGroup(resourceGroupName, options) {
        const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Get all workload Profile States for a Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    listWorkloadProfileStates(resourceGroupName, environmentName, options) {
        const iter = this.listWorkloadProfileStatesPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listWorkloadProfileStatesPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listWorkloadProfileStatesPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listWorkloadProfileStates(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listWorkloadProfileStatesNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listWorkloadProfileStatesPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listWorkloadProfileStatesPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get all Managed Environments for a subscription.
     * @param options The options parameters.
     */
    _listBySubscription(options) {
        return this.client.sendOperationRequest({ options }, managedEnvironments_listBySubscriptionOperationSpec);
    }
    /**
     * Get all the Managed Environments in a resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, managedEnvironments_listByResourceGroupOperationSpec);
    }
    /**
     * Get the properties of a Managed Environment used to host container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironments_getOperationSpec);
    }
    /**
     * Creates or updates a Managed Environment used to host container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param environmentEnvelope Configuration details of the Environment.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, environmentName, environmentEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                environmentEnvelope,
                options,
            },
            spec: managedEnvironments_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Creates or updates a Managed Environment used to host container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param environmentEnvelope Configuration details of the Environment.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, environmentName, environmentEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, environmentName, environmentEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a Managed Environment if it does not have any container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, environmentName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, environmentName, options },
            spec: managedEnvironments_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a Managed Environment if it does not have any container apps.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, environmentName, options) {
        const poller = await this.beginDelete(resourceGroupName, environmentName, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a Managed Environment using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param environmentEnvelope Configuration details of the Environment.
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, environmentName, environmentEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                environmentEnvelope,
                options,
            },
            spec: managedEnvironments_updateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Patches a Managed Environment using JSON Merge Patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param environmentEnvelope Configuration details of the Environment.
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, environmentName, environmentEnvelope, options) {
        const poller = await this.beginUpdate(resourceGroupName, environmentName, environmentEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Checks if resource name is available.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    getAuthToken(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironments_getAuthTokenOperationSpec);
    }
    /**
     * Get all workload Profile States for a Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _listWorkloadProfileStates(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, listWorkloadProfileStatesOperationSpec);
    }
    /**
     * ListBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
     * @param options The options parameters.
     */
    _listBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, managedEnvironments_listBySubscriptionNextOperationSpec);
    }
    /**
     * ListByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
     * @param options The options parameters.
     */
    _listByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, managedEnvironments_listByResourceGroupNextOperationSpec);
    }
    /**
     * ListWorkloadProfileStatesNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the ListWorkloadProfileStates
     *                 method.
     * @param options The options parameters.
     */
    _listWorkloadProfileStatesNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, listWorkloadProfileStatesNextOperationSpec);
    }
}
// Operation Specifications
const managedEnvironments_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironments_listBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/managedEnvironments",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_listByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, resourceGroupName],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ManagedEnvironment,
        },
        201: {
            bodyMapper: ManagedEnvironment,
        },
        202: {
            bodyMapper: ManagedEnvironment,
        },
        204: {
            bodyMapper: ManagedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: environmentEnvelope2,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: ManagedEnvironment,
        },
        201: {
            bodyMapper: ManagedEnvironment,
        },
        202: {
            bodyMapper: ManagedEnvironment,
        },
        204: {
            bodyMapper: ManagedEnvironment,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: environmentEnvelope2,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_getAuthTokenOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/getAuthtoken",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: EnvironmentAuthToken,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const listWorkloadProfileStatesOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/workloadProfileStates",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: WorkloadProfileStatesCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_listBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const managedEnvironments_listByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
const listWorkloadProfileStatesNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: WorkloadProfileStatesCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironments_serializer,
};
//# sourceMappingURL=managedEnvironments.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/certificates.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing Certificates operations. */
class CertificatesImpl {
    client;
    /**
     * Initialize a new instance of the class Certificates class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Certificates in a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Certificates in a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, certificates_listOperationSpec);
    }
    /**
     * Get the specified Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, certificateName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, certificateName, options }, certificates_getOperationSpec);
    }
    /**
     * Create or Update a Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, environmentName, certificateName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, certificateName, options }, certificates_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the specified Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param certificateName Name of the Certificate.
     * @param options The options parameters.
     */
    delete(resourceGroupName, environmentName, certificateName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, certificateName, options }, certificates_deleteOperationSpec);
    }
    /**
     * Patches a certificate. Currently only patching of tags is supported
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param certificateName Name of the Certificate.
     * @param certificateEnvelope Properties of a certificate that need to be updated
     * @param options The options parameters.
     */
    update(resourceGroupName, environmentName, certificateName, certificateEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            certificateName,
            certificateEnvelope,
            options,
        }, certificates_updateOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, certificates_listNextOperationSpec);
    }
}
// Operation Specifications
const certificates_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const certificates_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CertificateCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: certificates_serializer,
};
const certificates_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: Certificate,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        certificateName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: certificates_serializer,
};
const certificates_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: Certificate,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: certificateEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        certificateName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: certificates_serializer,
};
const certificates_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        certificateName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: certificates_serializer,
};
const certificates_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/certificates/{certificateName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: Certificate,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: certificateEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        certificateName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: certificates_serializer,
};
const certificates_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: CertificateCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: certificates_serializer,
};
//# sourceMappingURL=certificates.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedCertificates.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ManagedCertificates operations. */
class ManagedCertificatesImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedCertificates class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Managed Certificates in a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the specified Managed Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param managedCertificateName Name of the Managed Certificate.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, managedCertificateName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, managedCertificateName, options }, managedCertificates_getOperationSpec);
    }
    /**
     * Create or Update a Managed Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param managedCertificateName Name of the Managed Certificate.
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, environmentName, managedCertificateName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                managedCertificateName,
                options,
            },
            spec: managedCertificates_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or Update a Managed Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param managedCertificateName Name of the Managed Certificate.
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, environmentName, managedCertificateName, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, environmentName, managedCertificateName, options);
        return poller.pollUntilDone();
    }
    /**
     * Deletes the specified Managed Certificate.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param managedCertificateName Name of the Managed Certificate.
     * @param options The options parameters.
     */
    delete(resourceGroupName, environmentName, managedCertificateName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, managedCertificateName, options }, managedCertificates_deleteOperationSpec);
    }
    /**
     * Patches a managed certificate. Oly patching of tags is supported
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param managedCertificateName Name of the Managed Certificate.
     * @param managedCertificateEnvelope Properties of a managed certificate that need to be updated
     * @param options The options parameters.
     */
    update(resourceGroupName, environmentName, managedCertificateName, managedCertificateEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            managedCertificateName,
            managedCertificateEnvelope,
            options,
        }, managedCertificates_updateOperationSpec);
    }
    /**
     * Get the Managed Certificates in a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedCertificates_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, managedCertificates_listNextOperationSpec);
    }
}
// Operation Specifications
const managedCertificates_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedCertificates_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedCertificate,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
        managedCertificateName,
    ],
    headerParameters: [accept],
    serializer: managedCertificates_serializer,
};
const managedCertificates_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ManagedCertificate,
        },
        201: {
            bodyMapper: ManagedCertificate,
        },
        202: {
            bodyMapper: ManagedCertificate,
        },
        204: {
            bodyMapper: ManagedCertificate,
        },
        400: {
            isError: true,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: managedCertificateEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
        managedCertificateName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: managedCertificates_serializer,
};
const managedCertificates_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
        managedCertificateName,
    ],
    headerParameters: [accept],
    serializer: managedCertificates_serializer,
};
const managedCertificates_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates/{managedCertificateName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: ManagedCertificate,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: managedCertificateEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
        managedCertificateName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: managedCertificates_serializer,
};
const managedCertificates_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/managedCertificates",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedCertificateCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedCertificates_serializer,
};
const managedCertificates_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedCertificateCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedCertificates_serializer,
};
//# sourceMappingURL=managedCertificates.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/namespaces.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing Namespaces operations. */
class NamespacesImpl {
    client;
    /**
     * Initialize a new instance of the class Namespaces class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Checks if resource name is available.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param checkNameAvailabilityRequest The check name availability request.
     * @param options The options parameters.
     */
    checkNameAvailability(resourceGroupName, environmentName, checkNameAvailabilityRequest, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            checkNameAvailabilityRequest,
            options,
        }, namespaces_checkNameAvailabilityOperationSpec);
    }
}
// Operation Specifications
const namespaces_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const namespaces_checkNameAvailabilityOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/checkNameAvailability",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: CheckNameAvailabilityResponse,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: checkNameAvailabilityRequest,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: namespaces_serializer,
};
//# sourceMappingURL=namespaces.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironmentPrivateEndpointConnections.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ManagedEnvironmentPrivateEndpointConnections operations. */
class ManagedEnvironmentPrivateEndpointConnectionsImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironmentPrivateEndpointConnections class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List private endpoint connections for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * List private endpoint connections for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironmentPrivateEndpointConnections_listOperationSpec);
    }
    /**
     * Get a private endpoint connection for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Azure resource.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, privateEndpointConnectionName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            privateEndpointConnectionName,
            options,
        }, managedEnvironmentPrivateEndpointConnections_getOperationSpec);
    }
    /**
     * Update the state of a private endpoint connection for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Azure resource.
     * @param privateEndpointConnectionEnvelope The resource of private endpoint and its properties
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                privateEndpointConnectionName,
                privateEndpointConnectionEnvelope,
                options,
            },
            spec: managedEnvironmentPrivateEndpointConnections_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Update the state of a private endpoint connection for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Azure resource.
     * @param privateEndpointConnectionEnvelope The resource of private endpoint and its properties
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, environmentName, privateEndpointConnectionName, privateEndpointConnectionEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a private endpoint connection for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Azure resource.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, environmentName, privateEndpointConnectionName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                environmentName,
                privateEndpointConnectionName,
                options,
            },
            spec: managedEnvironmentPrivateEndpointConnections_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a private endpoint connection for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
     *                                      Azure resource.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, environmentName, privateEndpointConnectionName, options) {
        const poller = await this.beginDelete(resourceGroupName, environmentName, privateEndpointConnectionName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, managedEnvironmentPrivateEndpointConnections_listNextOperationSpec);
    }
}
// Operation Specifications
const managedEnvironmentPrivateEndpointConnections_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironmentPrivateEndpointConnections_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnectionListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentPrivateEndpointConnections_serializer,
};
const managedEnvironmentPrivateEndpointConnections_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        privateEndpointConnectionName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentPrivateEndpointConnections_serializer,
};
const managedEnvironmentPrivateEndpointConnections_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnection,
        },
        201: {
            bodyMapper: PrivateEndpointConnection,
        },
        202: {
            bodyMapper: PrivateEndpointConnection,
        },
        204: {
            bodyMapper: PrivateEndpointConnection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: privateEndpointConnectionEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        privateEndpointConnectionName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: managedEnvironmentPrivateEndpointConnections_serializer,
};
const managedEnvironmentPrivateEndpointConnections_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateEndpointConnections/{privateEndpointConnectionName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders,
        },
        201: {
            headersMapper: ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders,
        },
        202: {
            headersMapper: ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders,
        },
        204: {
            headersMapper: ManagedEnvironmentPrivateEndpointConnectionsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        privateEndpointConnectionName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentPrivateEndpointConnections_serializer,
};
const managedEnvironmentPrivateEndpointConnections_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateEndpointConnectionListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentPrivateEndpointConnections_serializer,
};
//# sourceMappingURL=managedEnvironmentPrivateEndpointConnections.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironmentPrivateLinkResources.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ManagedEnvironmentPrivateLinkResources operations. */
class ManagedEnvironmentPrivateLinkResourcesImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironmentPrivateLinkResources class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List private link resources for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * List private link resources for a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironmentPrivateLinkResources_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, managedEnvironmentPrivateLinkResources_listNextOperationSpec);
    }
}
// Operation Specifications
const managedEnvironmentPrivateLinkResources_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironmentPrivateLinkResources_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/privateLinkResources",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateLinkResourceListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentPrivateLinkResources_serializer,
};
const managedEnvironmentPrivateLinkResources_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: PrivateLinkResourceListResult,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentPrivateLinkResources_serializer,
};
//# sourceMappingURL=managedEnvironmentPrivateLinkResources.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/daprComponents.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing DaprComponents operations. */
class DaprComponentsImpl {
    client;
    /**
     * Initialize a new instance of the class DaprComponents class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Dapr Components for a managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Dapr Components for a managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, daprComponents_listOperationSpec);
    }
    /**
     * Get a dapr component.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, componentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, componentName, options }, daprComponents_getOperationSpec);
    }
    /**
     * Creates or updates a Dapr Component in a Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param componentName Name of the Dapr Component.
     * @param daprComponentEnvelope Configuration details of the Dapr Component.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, environmentName, componentName, daprComponentEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            componentName,
            daprComponentEnvelope,
            options,
        }, daprComponents_createOrUpdateOperationSpec);
    }
    /**
     * Delete a Dapr Component from a Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    delete(resourceGroupName, environmentName, componentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, componentName, options }, daprComponents_deleteOperationSpec);
    }
    /**
     * List secrets for a dapr component
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param componentName Name of the Dapr Component.
     * @param options The options parameters.
     */
    listSecrets(resourceGroupName, environmentName, componentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, componentName, options }, daprComponents_listSecretsOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, daprComponents_listNextOperationSpec);
    }
}
// Operation Specifications
const daprComponents_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const daprComponents_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DaprComponentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: daprComponents_serializer,
};
const daprComponents_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DaprComponent,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        componentName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: daprComponents_serializer,
};
const daprComponents_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: DaprComponent,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: daprComponentEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        componentName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: daprComponents_serializer,
};
const daprComponents_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        componentName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: daprComponents_serializer,
};
const daprComponents_listSecretsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/daprComponents/{componentName}/listSecrets",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: DaprSecretsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        componentName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: daprComponents_serializer,
};
const daprComponents_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: DaprComponentsCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: daprComponents_serializer,
};
//# sourceMappingURL=daprComponents.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/httpRouteConfigOperations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing HttpRouteConfigOperations operations. */
class HttpRouteConfigOperationsImpl {
    client;
    /**
     * Initialize a new instance of the class HttpRouteConfigOperations class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List the Http Route Configs in a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Get the specified Http Route Config.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param httpRouteName Name of the Http Route Config Resource.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, httpRouteName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, httpRouteName, options }, httpRouteConfigOperations_getOperationSpec);
    }
    /**
     * Create or Update a Http Route Config.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param httpRouteName Name of the Http Route Config Resource.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, environmentName, httpRouteName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, httpRouteName, options }, httpRouteConfigOperations_createOrUpdateOperationSpec);
    }
    /**
     * Patches a Http Route Config resource. Only patching of tags is supported
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param httpRouteName Name of the Http Route Config Resource.
     * @param httpRouteConfigEnvelope Properties of http route config that need to be updated
     * @param options The options parameters.
     */
    update(resourceGroupName, environmentName, httpRouteName, httpRouteConfigEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            httpRouteName,
            httpRouteConfigEnvelope,
            options,
        }, httpRouteConfigOperations_updateOperationSpec);
    }
    /**
     * Deletes the specified Http Route Config.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param httpRouteName Name of the Http Route Config Resource.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, environmentName, httpRouteName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, environmentName, httpRouteName, options },
            spec: httpRouteConfigOperations_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Deletes the specified Http Route Config.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param httpRouteName Name of the Http Route Config Resource.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, environmentName, httpRouteName, options) {
        const poller = await this.beginDelete(resourceGroupName, environmentName, httpRouteName, options);
        return poller.pollUntilDone();
    }
    /**
     * List the Http Route Configs in a given managed environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, httpRouteConfigOperations_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, httpRouteConfigOperations_listNextOperationSpec);
    }
}
// Operation Specifications
const httpRouteConfigOperations_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const httpRouteConfigOperations_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: HttpRouteConfig,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        httpRouteName,
    ],
    headerParameters: [accept],
    serializer: httpRouteConfigOperations_serializer,
};
const httpRouteConfigOperations_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: HttpRouteConfig,
        },
        201: {
            bodyMapper: HttpRouteConfig,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: httpRouteConfigEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        httpRouteName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: httpRouteConfigOperations_serializer,
};
const httpRouteConfigOperations_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: HttpRouteConfig,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: httpRouteConfigEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
        httpRouteName1,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: httpRouteConfigOperations_serializer,
};
const httpRouteConfigOperations_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs/{httpRouteName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: HttpRouteConfigDeleteHeaders,
        },
        201: {
            headersMapper: HttpRouteConfigDeleteHeaders,
        },
        202: {
            headersMapper: HttpRouteConfigDeleteHeaders,
        },
        204: {
            headersMapper: HttpRouteConfigDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        httpRouteName,
    ],
    headerParameters: [accept],
    serializer: httpRouteConfigOperations_serializer,
};
const httpRouteConfigOperations_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/httpRouteConfigs",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: HttpRouteConfigCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: httpRouteConfigOperations_serializer,
};
const httpRouteConfigOperations_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: HttpRouteConfigCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: httpRouteConfigOperations_serializer,
};
//# sourceMappingURL=httpRouteConfigOperations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/maintenanceConfigurations.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing MaintenanceConfigurations operations. */
class MaintenanceConfigurationsImpl {
    client;
    /**
     * Initialize a new instance of the class MaintenanceConfigurations class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets all maintenance configurations in the specified Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName The name of the Managed Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Gets all maintenance configurations in the specified Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName The name of the Managed Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, maintenanceConfigurations_listOperationSpec);
    }
    /**
     * Create or update the maintenance configuration for Managed Environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName The name of the Managed Environment.
     * @param configName The name of the maintenance configuration.
     * @param maintenanceConfigurationEnvelope Parameters to set the maintenance configuration for
     *                                         ManagedEnvironment .
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, environmentName, configName, maintenanceConfigurationEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            configName,
            maintenanceConfigurationEnvelope,
            options,
        }, maintenanceConfigurations_createOrUpdateOperationSpec);
    }
    /**
     * Deletes the maintenance configuration of a ManagedEnvironment .
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName The name of the Managed Environment.
     * @param configName The name of the maintenance configuration.
     * @param options The options parameters.
     */
    delete(resourceGroupName, environmentName, configName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, configName, options }, maintenanceConfigurations_deleteOperationSpec);
    }
    /**
     * Gets the maintenance configuration of a ManagedEnvironment .
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName The name of the Managed Environment.
     * @param configName The name of the maintenance configuration.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, configName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, configName, options }, maintenanceConfigurations_getOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName The name of the Managed Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, maintenanceConfigurations_listNextOperationSpec);
    }
}
// Operation Specifications
const maintenanceConfigurations_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const maintenanceConfigurations_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: MaintenanceConfigurationCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: maintenanceConfigurations_serializer,
};
const maintenanceConfigurations_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations/{configName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: MaintenanceConfigurationResource,
        },
        201: {
            bodyMapper: MaintenanceConfigurationResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: maintenanceConfigurationEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        configName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: maintenanceConfigurations_serializer,
};
const maintenanceConfigurations_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations/{configName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        configName,
    ],
    headerParameters: [accept],
    serializer: maintenanceConfigurations_serializer,
};
const maintenanceConfigurations_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/maintenanceConfigurations/{configName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: MaintenanceConfigurationResource,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName1,
        configName,
    ],
    headerParameters: [accept],
    serializer: maintenanceConfigurations_serializer,
};
const maintenanceConfigurations_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: MaintenanceConfigurationCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName1,
    ],
    headerParameters: [accept],
    serializer: maintenanceConfigurations_serializer,
};
//# sourceMappingURL=maintenanceConfigurations.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironmentsStorages.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.



/** Class containing ManagedEnvironmentsStorages operations. */
class ManagedEnvironmentsStoragesImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironmentsStorages class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get all storages for a managedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironmentsStorages_listOperationSpec);
    }
    /**
     * Get storage for a managedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param options The options parameters.
     */
    get(resourceGroupName, environmentName, storageName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, storageName, options }, managedEnvironmentsStorages_getOperationSpec);
    }
    /**
     * Create or update storage for a managedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param storageEnvelope Configuration details of storage.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, environmentName, storageName, storageEnvelope, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            environmentName,
            storageName,
            storageEnvelope,
            options,
        }, managedEnvironmentsStorages_createOrUpdateOperationSpec);
    }
    /**
     * Delete storage for a managedEnvironment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param storageName Name of the storage.
     * @param options The options parameters.
     */
    delete(resourceGroupName, environmentName, storageName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, storageName, options }, managedEnvironmentsStorages_deleteOperationSpec);
    }
}
// Operation Specifications
const managedEnvironmentsStorages_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironmentsStorages_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentStoragesCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentsStorages_serializer,
};
const managedEnvironmentsStorages_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages/{storageName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentStorage,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        storageName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentsStorages_serializer,
};
const managedEnvironmentsStorages_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages/{storageName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: ManagedEnvironmentStorage,
        },
        201: {
            bodyMapper: ManagedEnvironmentStorage,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: storageEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        storageName,
        environmentName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: managedEnvironmentsStorages_serializer,
};
const managedEnvironmentsStorages_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/storages/{storageName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        storageName,
        environmentName,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentsStorages_serializer,
};
//# sourceMappingURL=managedEnvironmentsStorages.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerAppsSessionPools.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ContainerAppsSessionPools operations. */
class ContainerAppsSessionPoolsImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerAppsSessionPools class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the session pools in a given subscription.
     * @param options The options parameters.
     */
    listBySubscription(options) {
        const iter = this.listBySubscriptionPagingAll(options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listBySubscriptionPagingPage(options, settings);
            },
        };
    }
    async *listBySubscriptionPagingPage(options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listBySubscription(options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listBySubscriptionNext(continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listBySubscriptionPagingAll(options) {
        for await (const page of this.listBySubscriptionPagingPage(options)) {
            yield* page;
        }
    }
    /**
     * Get the session pools in a given resource group of a subscription.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    listByResourceGroup(resourceGroupName, options) {
        const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
            },
        };
    }
    async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByResourceGroup(resourceGroupName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByResourceGroupPagingAll(resourceGroupName, options) {
        for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) {
            yield* page;
        }
    }
    /**
     * Get the session pools in a given subscription.
     * @param options The options parameters.
     */
    _listBySubscription(options) {
        return this.client.sendOperationRequest({ options }, containerAppsSessionPools_listBySubscriptionOperationSpec);
    }
    /**
     * Get the session pools in a given resource group of a subscription.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param options The options parameters.
     */
    _listByResourceGroup(resourceGroupName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, options }, containerAppsSessionPools_listByResourceGroupOperationSpec);
    }
    /**
     * Get the properties of a session pool.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param options The options parameters.
     */
    get(resourceGroupName, sessionPoolName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, sessionPoolName, options }, containerAppsSessionPools_getOperationSpec);
    }
    /**
     * Create or update a session pool with the given properties.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param sessionPoolEnvelope Properties used to create a session pool
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                sessionPoolName,
                sessionPoolEnvelope,
                options,
            },
            spec: containerAppsSessionPools_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update a session pool with the given properties.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param sessionPoolEnvelope Properties used to create a session pool
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, sessionPoolName, sessionPoolEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Patches a session pool using JSON merge patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param sessionPoolEnvelope Properties used to create a session pool
     * @param options The options parameters.
     */
    async beginUpdate(resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                sessionPoolName,
                sessionPoolEnvelope,
                options,
            },
            spec: containerAppsSessionPools_updateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "azure-async-operation",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Patches a session pool using JSON merge patch
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param sessionPoolEnvelope Properties used to create a session pool
     * @param options The options parameters.
     */
    async beginUpdateAndWait(resourceGroupName, sessionPoolName, sessionPoolEnvelope, options) {
        const poller = await this.beginUpdate(resourceGroupName, sessionPoolName, sessionPoolEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete the session pool with the given name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, sessionPoolName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, sessionPoolName, options },
            spec: containerAppsSessionPools_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
            resourceLocationConfig: "location",
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete the session pool with the given name.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param sessionPoolName Name of the session pool.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, sessionPoolName, options) {
        const poller = await this.beginDelete(resourceGroupName, sessionPoolName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListBySubscriptionNext
     * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
     * @param options The options parameters.
     */
    _listBySubscriptionNext(nextLink, options) {
        return this.client.sendOperationRequest({ nextLink, options }, containerAppsSessionPools_listBySubscriptionNextOperationSpec);
    }
    /**
     * ListByResourceGroupNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
     * @param options The options parameters.
     */
    _listByResourceGroupNext(resourceGroupName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, nextLink, options }, containerAppsSessionPools_listByResourceGroupNextOperationSpec);
    }
}
// Operation Specifications
const containerAppsSessionPools_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const containerAppsSessionPools_listBySubscriptionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/sessionPools",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SessionPoolCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_listByResourceGroupOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SessionPoolCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, resourceGroupName],
    headerParameters: [accept],
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SessionPool,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        sessionPoolName,
    ],
    headerParameters: [accept],
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: SessionPool,
        },
        201: {
            bodyMapper: SessionPool,
        },
        202: {
            bodyMapper: SessionPool,
        },
        204: {
            bodyMapper: SessionPool,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: sessionPoolEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        sessionPoolName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_updateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}",
    httpMethod: "PATCH",
    responses: {
        200: {
            bodyMapper: SessionPool,
        },
        201: {
            bodyMapper: SessionPool,
        },
        202: {
            bodyMapper: SessionPool,
        },
        204: {
            bodyMapper: SessionPool,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    requestBody: sessionPoolEnvelope1,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        sessionPoolName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/sessionPools/{sessionPoolName}",
    httpMethod: "DELETE",
    responses: {
        200: {
            headersMapper: ContainerAppsSessionPoolsDeleteHeaders,
        },
        201: {
            headersMapper: ContainerAppsSessionPoolsDeleteHeaders,
        },
        202: {
            headersMapper: ContainerAppsSessionPoolsDeleteHeaders,
        },
        204: {
            headersMapper: ContainerAppsSessionPoolsDeleteHeaders,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        sessionPoolName,
    ],
    headerParameters: [accept],
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_listBySubscriptionNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SessionPoolCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [$host, subscriptionId, nextLink],
    headerParameters: [accept],
    serializer: containerAppsSessionPools_serializer,
};
const containerAppsSessionPools_listByResourceGroupNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SessionPoolCollection,
        },
        default: {
            bodyMapper: ErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: containerAppsSessionPools_serializer,
};
//# sourceMappingURL=containerAppsSessionPools.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/containerAppsSourceControls.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.






/// <reference lib="esnext.asynciterable" />
/** Class containing ContainerAppsSourceControls operations. */
class ContainerAppsSourceControlsImpl {
    client;
    /**
     * Initialize a new instance of the class ContainerAppsSourceControls class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Get the Container App SourceControls in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    listByContainerApp(resourceGroupName, containerAppName, options) {
        const iter = this.listByContainerAppPagingAll(resourceGroupName, containerAppName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listByContainerAppPagingPage(resourceGroupName, containerAppName, options, settings);
            },
        };
    }
    async *listByContainerAppPagingPage(resourceGroupName, containerAppName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listByContainerApp(resourceGroupName, containerAppName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listByContainerAppNext(resourceGroupName, containerAppName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listByContainerAppPagingAll(resourceGroupName, containerAppName, options) {
        for await (const page of this.listByContainerAppPagingPage(resourceGroupName, containerAppName, options)) {
            yield* page;
        }
    }
    /**
     * Get the Container App SourceControls in a given resource group.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param options The options parameters.
     */
    _listByContainerApp(resourceGroupName, containerAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, options }, containerAppsSourceControls_listByContainerAppOperationSpec);
    }
    /**
     * Get a SourceControl of a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param sourceControlName Name of the Container App SourceControl.
     * @param options The options parameters.
     */
    get(resourceGroupName, containerAppName, sourceControlName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, sourceControlName, options }, containerAppsSourceControls_getOperationSpec);
    }
    /**
     * Create or update the SourceControl for a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param sourceControlName Name of the Container App SourceControl.
     * @param sourceControlEnvelope Properties used to create a Container App SourceControl
     * @param options The options parameters.
     */
    async beginCreateOrUpdate(resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: {
                resourceGroupName,
                containerAppName,
                sourceControlName,
                sourceControlEnvelope,
                options,
            },
            spec: containerAppsSourceControls_createOrUpdateOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Create or update the SourceControl for a Container App.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param sourceControlName Name of the Container App SourceControl.
     * @param sourceControlEnvelope Properties used to create a Container App SourceControl
     * @param options The options parameters.
     */
    async beginCreateOrUpdateAndWait(resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options) {
        const poller = await this.beginCreateOrUpdate(resourceGroupName, containerAppName, sourceControlName, sourceControlEnvelope, options);
        return poller.pollUntilDone();
    }
    /**
     * Delete a Container App SourceControl.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param sourceControlName Name of the Container App SourceControl.
     * @param options The options parameters.
     */
    async beginDelete(resourceGroupName, containerAppName, sourceControlName, options) {
        const directSendOperation = async (args, spec) => {
            return this.client.sendOperationRequest(args, spec);
        };
        const sendOperationFn = async (args, spec) => {
            let currentRawResponse = undefined;
            const providedCallback = args.options?.onResponse;
            const callback = (rawResponse, flatResponse) => {
                currentRawResponse = rawResponse;
                providedCallback?.(rawResponse, flatResponse);
            };
            const updatedArgs = {
                ...args,
                options: {
                    ...args.options,
                    onResponse: callback,
                },
            };
            const flatResponse = await directSendOperation(updatedArgs, spec);
            return {
                flatResponse,
                rawResponse: {
                    statusCode: currentRawResponse.status,
                    body: currentRawResponse.parsedBody,
                    headers: currentRawResponse.headers.toJSON(),
                },
            };
        };
        const lro = createLroSpec({
            sendOperationFn,
            args: { resourceGroupName, containerAppName, sourceControlName, options },
            spec: containerAppsSourceControls_deleteOperationSpec,
        });
        const poller = await createHttpPoller(lro, {
            restoreFrom: options?.resumeFrom,
            intervalInMs: options?.updateIntervalInMs,
        });
        await poller.poll();
        return poller;
    }
    /**
     * Delete a Container App SourceControl.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param sourceControlName Name of the Container App SourceControl.
     * @param options The options parameters.
     */
    async beginDeleteAndWait(resourceGroupName, containerAppName, sourceControlName, options) {
        const poller = await this.beginDelete(resourceGroupName, containerAppName, sourceControlName, options);
        return poller.pollUntilDone();
    }
    /**
     * ListByContainerAppNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param nextLink The nextLink from the previous successful call to the ListByContainerApp method.
     * @param options The options parameters.
     */
    _listByContainerAppNext(resourceGroupName, containerAppName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, nextLink, options }, containerAppsSourceControls_listByContainerAppNextOperationSpec);
    }
}
// Operation Specifications
const containerAppsSourceControls_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const containerAppsSourceControls_listByContainerAppOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SourceControlCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
    ],
    headerParameters: [accept],
    serializer: containerAppsSourceControls_serializer,
};
const containerAppsSourceControls_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SourceControl,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        sourceControlName,
    ],
    headerParameters: [accept],
    serializer: containerAppsSourceControls_serializer,
};
const containerAppsSourceControls_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: SourceControl,
        },
        201: {
            bodyMapper: SourceControl,
        },
        202: {
            bodyMapper: SourceControl,
        },
        204: {
            bodyMapper: SourceControl,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: sourceControlEnvelope,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        sourceControlName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: containerAppsSourceControls_serializer,
};
const containerAppsSourceControls_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/sourcecontrols/{sourceControlName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        201: {},
        202: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        sourceControlName,
    ],
    headerParameters: [accept],
    serializer: containerAppsSourceControls_serializer,
};
const containerAppsSourceControls_listByContainerAppNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: SourceControlCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName,
        nextLink,
    ],
    headerParameters: [accept],
    serializer: containerAppsSourceControls_serializer,
};
//# sourceMappingURL=containerAppsSourceControls.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/usages.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing Usages operations. */
class UsagesImpl {
    client;
    /**
     * Initialize a new instance of the class Usages class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets, for the specified location, the current resource usage information as well as the limits under
     * the subscription.
     * @param location The location for which resource usage is queried.
     * @param options The options parameters.
     */
    list(location, options) {
        const iter = this.listPagingAll(location, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(location, options, settings);
            },
        };
    }
    async *listPagingPage(location, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(location, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(location, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(location, options) {
        for await (const page of this.listPagingPage(location, options)) {
            yield* page;
        }
    }
    /**
     * Gets, for the specified location, the current resource usage information as well as the limits under
     * the subscription.
     * @param location The location for which resource usage is queried.
     * @param options The options parameters.
     */
    _list(location, options) {
        return this.client.sendOperationRequest({ location, options }, usages_listOperationSpec);
    }
    /**
     * ListNext
     * @param location The location for which resource usage is queried.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(location, nextLink, options) {
        return this.client.sendOperationRequest({ location, nextLink, options }, usages_listNextOperationSpec);
    }
}
// Operation Specifications
const usages_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const usages_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/locations/{location}/usages",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ListUsagesResult,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId, location1],
    headerParameters: [accept],
    serializer: usages_serializer,
};
const usages_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ListUsagesResult,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        nextLink,
        location1,
    ],
    headerParameters: [accept],
    serializer: usages_serializer,
};
//# sourceMappingURL=usages.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/managedEnvironmentUsages.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing ManagedEnvironmentUsages operations. */
class ManagedEnvironmentUsagesImpl {
    client;
    /**
     * Initialize a new instance of the class ManagedEnvironmentUsages class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * Gets the current usage information as well as the limits for environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    list(resourceGroupName, environmentName, options) {
        const iter = this.listPagingAll(resourceGroupName, environmentName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listPagingPage(resourceGroupName, environmentName, options, settings);
            },
        };
    }
    async *listPagingPage(resourceGroupName, environmentName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._list(resourceGroupName, environmentName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listNext(resourceGroupName, environmentName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listPagingAll(resourceGroupName, environmentName, options) {
        for await (const page of this.listPagingPage(resourceGroupName, environmentName, options)) {
            yield* page;
        }
    }
    /**
     * Gets the current usage information as well as the limits for environment.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param options The options parameters.
     */
    _list(resourceGroupName, environmentName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, options }, managedEnvironmentUsages_listOperationSpec);
    }
    /**
     * ListNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param environmentName Name of the Environment.
     * @param nextLink The nextLink from the previous successful call to the List method.
     * @param options The options parameters.
     */
    _listNext(resourceGroupName, environmentName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, environmentName, nextLink, options }, managedEnvironmentUsages_listNextOperationSpec);
    }
}
// Operation Specifications
const managedEnvironmentUsages_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const managedEnvironmentUsages_listOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/managedEnvironments/{environmentName}/usages",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ListUsagesResult,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        environmentName2,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentUsages_serializer,
};
const managedEnvironmentUsages_listNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: ListUsagesResult,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        environmentName2,
    ],
    headerParameters: [accept],
    serializer: managedEnvironmentUsages_serializer,
};
//# sourceMappingURL=managedEnvironmentUsages.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/logicApps.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.




/// <reference lib="esnext.asynciterable" />
/** Class containing LogicApps operations. */
class LogicAppsImpl {
    client;
    /**
     * Initialize a new instance of the class LogicApps class.
     * @param client Reference to the service client
     */
    constructor(client) {
        this.client = client;
    }
    /**
     * List the workflows for a logic app.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param options The options parameters.
     */
    listWorkflows(resourceGroupName, containerAppName, logicAppName, options) {
        const iter = this.listWorkflowsPagingAll(resourceGroupName, containerAppName, logicAppName, options);
        return {
            next() {
                return iter.next();
            },
            [Symbol.asyncIterator]() {
                return this;
            },
            byPage: (settings) => {
                if (settings?.maxPageSize) {
                    throw new Error("maxPageSize is not supported by this operation.");
                }
                return this.listWorkflowsPagingPage(resourceGroupName, containerAppName, logicAppName, options, settings);
            },
        };
    }
    async *listWorkflowsPagingPage(resourceGroupName, containerAppName, logicAppName, options, settings) {
        let result;
        let continuationToken = settings?.continuationToken;
        if (!continuationToken) {
            result = await this._listWorkflows(resourceGroupName, containerAppName, logicAppName, options);
            const page = result.value || [];
            continuationToken = result.nextLink;
            setContinuationToken(page, continuationToken);
            yield page;
        }
        while (continuationToken) {
            result = await this._listWorkflowsNext(resourceGroupName, containerAppName, logicAppName, continuationToken, options);
            continuationToken = result.nextLink;
            const page = result.value || [];
            setContinuationToken(page, continuationToken);
            yield page;
        }
    }
    async *listWorkflowsPagingAll(resourceGroupName, containerAppName, logicAppName, options) {
        for await (const page of this.listWorkflowsPagingPage(resourceGroupName, containerAppName, logicAppName, options)) {
            yield* page;
        }
    }
    /**
     * Gets a logic app extension resource.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param options The options parameters.
     */
    get(resourceGroupName, containerAppName, logicAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, logicAppName, options }, logicApps_getOperationSpec);
    }
    /**
     * Create or update a Logic App extension resource
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param options The options parameters.
     */
    createOrUpdate(resourceGroupName, containerAppName, logicAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, logicAppName, options }, logicApps_createOrUpdateOperationSpec);
    }
    /**
     * Deletes a Logic App extension resource
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param options The options parameters.
     */
    delete(resourceGroupName, containerAppName, logicAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, logicAppName, options }, logicApps_deleteOperationSpec);
    }
    /**
     * List the workflows for a logic app.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param options The options parameters.
     */
    _listWorkflows(resourceGroupName, containerAppName, logicAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, logicAppName, options }, listWorkflowsOperationSpec);
    }
    /**
     * Get workflow information by its name
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param workflowName Workflow name.
     * @param options The options parameters.
     */
    getWorkflow(resourceGroupName, containerAppName, logicAppName, workflowName, options) {
        return this.client.sendOperationRequest({
            resourceGroupName,
            containerAppName,
            logicAppName,
            workflowName,
            options,
        }, getWorkflowOperationSpec);
    }
    /**
     * Gets logic app's connections.
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param options The options parameters.
     */
    listWorkflowsConnections(resourceGroupName, containerAppName, logicAppName, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, logicAppName, options }, listWorkflowsConnectionsOperationSpec);
    }
    /**
     * ListWorkflowsNext
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param containerAppName Name of the Container App.
     * @param logicAppName Name of the Logic App.
     * @param nextLink The nextLink from the previous successful call to the ListWorkflows method.
     * @param options The options parameters.
     */
    _listWorkflowsNext(resourceGroupName, containerAppName, logicAppName, nextLink, options) {
        return this.client.sendOperationRequest({ resourceGroupName, containerAppName, logicAppName, nextLink, options }, listWorkflowsNextOperationSpec);
    }
}
// Operation Specifications
const logicApps_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const logicApps_getOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: LogicApp,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
        logicAppName,
    ],
    headerParameters: [accept],
    serializer: logicApps_serializer,
};
const logicApps_createOrUpdateOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}",
    httpMethod: "PUT",
    responses: {
        200: {
            bodyMapper: LogicApp,
        },
        201: {
            bodyMapper: LogicApp,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    requestBody: resource,
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
        logicAppName,
    ],
    headerParameters: [accept, contentType],
    mediaType: "json",
    serializer: logicApps_serializer,
};
const logicApps_deleteOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}",
    httpMethod: "DELETE",
    responses: {
        200: {},
        204: {},
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
        logicAppName,
    ],
    headerParameters: [accept],
    serializer: logicApps_serializer,
};
const listWorkflowsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}/workflows",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: WorkflowEnvelopeCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
        logicAppName,
    ],
    headerParameters: [accept],
    serializer: logicApps_serializer,
};
const getWorkflowOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}/workflows/{workflowName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: WorkflowEnvelope,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
        logicAppName,
        workflowName,
    ],
    headerParameters: [accept],
    serializer: logicApps_serializer,
};
const listWorkflowsConnectionsOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/containerApps/{containerAppName}/providers/Microsoft.App/logicApps/{logicAppName}/listWorkflowsConnections",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: WorkflowEnvelope,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        containerAppName1,
        logicAppName,
    ],
    headerParameters: [accept],
    serializer: logicApps_serializer,
};
const listWorkflowsNextOperationSpec = {
    path: "{nextLink}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: WorkflowEnvelopeCollection,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        nextLink,
        containerAppName1,
        logicAppName,
    ],
    headerParameters: [accept],
    serializer: logicApps_serializer,
};
//# sourceMappingURL=logicApps.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/operations/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// Code generated by Microsoft (R) AutoRest Code Generator.
// Changes may cause incorrect behavior and will be lost if the code is regenerated.
































//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/containerAppsAPIClient.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// Code generated by Microsoft (R) AutoRest Code Generator.
// Changes may cause incorrect behavior and will be lost if the code is regenerated.





class ContainerAppsAPIClient extends ServiceClient {
    $host;
    subscriptionId;
    apiVersion;
    /**
     * Initializes a new instance of the ContainerAppsAPIClient class.
     * @param credentials Subscription credentials which uniquely identify client subscription.
     * @param subscriptionId The ID of the target subscription.
     * @param options The parameter options
     */
    constructor(credentials, subscriptionId, options) {
        if (credentials === undefined) {
            throw new Error("'credentials' cannot be null");
        }
        if (subscriptionId === undefined) {
            throw new Error("'subscriptionId' cannot be null");
        }
        // Initializing default values for options
        if (!options) {
            options = {};
        }
        const defaults = {
            requestContentType: "application/json; charset=utf-8",
            credential: credentials,
        };
        const packageDetails = `azsdk-js-arm-appcontainers/3.0.0`;
        const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix
            ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}`
            : `${packageDetails}`;
        const optionsWithDefaults = {
            ...defaults,
            ...options,
            userAgentOptions: {
                userAgentPrefix,
            },
            endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com",
        };
        super(optionsWithDefaults);
        let bearerTokenAuthenticationPolicyFound = false;
        if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) {
            const pipelinePolicies = options.pipeline.getOrderedPolicies();
            bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === dist_esm/* bearerTokenAuthenticationPolicyName */.uQ);
        }
        if (!options ||
            !options.pipeline ||
            options.pipeline.getOrderedPolicies().length == 0 ||
            !bearerTokenAuthenticationPolicyFound) {
            this.pipeline.removePolicy({
                name: dist_esm/* bearerTokenAuthenticationPolicyName */.uQ,
            });
            this.pipeline.addPolicy(dist_esm/* bearerTokenAuthenticationPolicy */.N$({
                credential: credentials,
                scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
                challengeCallbacks: {
                    authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge,
                },
            }));
        }
        // Parameter assignments
        this.subscriptionId = subscriptionId;
        // Assigning values to Constant parameters
        this.$host = options.$host || "https://management.azure.com";
        this.apiVersion = options.apiVersion || "2025-07-01";
        this.containerAppsAuthConfigs = new ContainerAppsAuthConfigsImpl(this);
        this.availableWorkloadProfiles = new AvailableWorkloadProfilesImpl(this);
        this.billingMeters = new BillingMetersImpl(this);
        this.connectedEnvironments = new ConnectedEnvironmentsImpl(this);
        this.connectedEnvironmentsCertificates = new ConnectedEnvironmentsCertificatesImpl(this);
        this.connectedEnvironmentsDaprComponents = new ConnectedEnvironmentsDaprComponentsImpl(this);
        this.connectedEnvironmentsStorages = new ConnectedEnvironmentsStoragesImpl(this);
        this.containerApps = new ContainerAppsImpl(this);
        this.containerAppsRevisions = new ContainerAppsRevisionsImpl(this);
        this.containerAppsRevisionReplicas = new ContainerAppsRevisionReplicasImpl(this);
        this.containerAppsDiagnostics = new ContainerAppsDiagnosticsImpl(this);
        this.managedEnvironmentDiagnostics = new ManagedEnvironmentDiagnosticsImpl(this);
        this.managedEnvironmentsDiagnostics = new ManagedEnvironmentsDiagnosticsImpl(this);
        this.jobs = new JobsImpl(this);
        this.operations = new OperationsImpl(this);
        this.javaComponents = new JavaComponentsImpl(this);
        this.jobsExecutions = new JobsExecutionsImpl(this);
        this.managedEnvironments = new ManagedEnvironmentsImpl(this);
        this.certificates = new CertificatesImpl(this);
        this.managedCertificates = new ManagedCertificatesImpl(this);
        this.namespaces = new NamespacesImpl(this);
        this.managedEnvironmentPrivateEndpointConnections =
            new ManagedEnvironmentPrivateEndpointConnectionsImpl(this);
        this.managedEnvironmentPrivateLinkResources = new ManagedEnvironmentPrivateLinkResourcesImpl(this);
        this.daprComponents = new DaprComponentsImpl(this);
        this.httpRouteConfigOperations = new HttpRouteConfigOperationsImpl(this);
        this.maintenanceConfigurations = new MaintenanceConfigurationsImpl(this);
        this.managedEnvironmentsStorages = new ManagedEnvironmentsStoragesImpl(this);
        this.containerAppsSessionPools = new ContainerAppsSessionPoolsImpl(this);
        this.containerAppsSourceControls = new ContainerAppsSourceControlsImpl(this);
        this.usages = new UsagesImpl(this);
        this.managedEnvironmentUsages = new ManagedEnvironmentUsagesImpl(this);
        this.logicApps = new LogicAppsImpl(this);
        this.addCustomApiVersionPolicy(options.apiVersion);
    }
    /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
    addCustomApiVersionPolicy(apiVersion) {
        if (!apiVersion) {
            return;
        }
        const apiVersionPolicy = {
            name: "CustomApiVersionPolicy",
            async sendRequest(request, next) {
                const param = request.url.split("?");
                if (param.length > 1) {
                    const newParams = param[1].split("&").map((item) => {
                        if (item.indexOf("api-version") > -1) {
                            return "api-version=" + apiVersion;
                        }
                        else {
                            return item;
                        }
                    });
                    request.url = param[0] + "?" + newParams.join("&");
                }
                return next(request);
            },
        };
        this.pipeline.addPolicy(apiVersionPolicy);
    }
    /**
     * Get details of a single job execution
     * @param resourceGroupName The name of the resource group. The name is case insensitive.
     * @param jobName Job Name
     * @param jobExecutionName Job execution name.
     * @param options The options parameters.
     */
    jobExecution(resourceGroupName, jobName, jobExecutionName, options) {
        return this.sendOperationRequest({ resourceGroupName, jobName, jobExecutionName, options }, jobExecutionOperationSpec);
    }
    /**
     * Get the verification id of a subscription used for verifying custom domains
     * @param options The options parameters.
     */
    getCustomDomainVerificationId(options) {
        return this.sendOperationRequest({ options }, getCustomDomainVerificationIdOperationSpec);
    }
    containerAppsAuthConfigs;
    availableWorkloadProfiles;
    billingMeters;
    connectedEnvironments;
    connectedEnvironmentsCertificates;
    connectedEnvironmentsDaprComponents;
    connectedEnvironmentsStorages;
    containerApps;
    containerAppsRevisions;
    containerAppsRevisionReplicas;
    containerAppsDiagnostics;
    managedEnvironmentDiagnostics;
    managedEnvironmentsDiagnostics;
    jobs;
    operations;
    javaComponents;
    jobsExecutions;
    managedEnvironments;
    certificates;
    managedCertificates;
    namespaces;
    managedEnvironmentPrivateEndpointConnections;
    managedEnvironmentPrivateLinkResources;
    daprComponents;
    httpRouteConfigOperations;
    maintenanceConfigurations;
    managedEnvironmentsStorages;
    containerAppsSessionPools;
    containerAppsSourceControls;
    usages;
    managedEnvironmentUsages;
    logicApps;
}
// Operation Specifications
const containerAppsAPIClient_serializer = createSerializer(mappers_namespaceObject, /* isXml */ false);
const jobExecutionOperationSpec = {
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.App/jobs/{jobName}/executions/{jobExecutionName}",
    httpMethod: "GET",
    responses: {
        200: {
            bodyMapper: JobExecution,
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [
        $host,
        subscriptionId,
        resourceGroupName,
        jobName,
        jobExecutionName,
    ],
    headerParameters: [accept],
    serializer: containerAppsAPIClient_serializer,
};
const getCustomDomainVerificationIdOperationSpec = {
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.App/getCustomDomainVerificationId",
    httpMethod: "POST",
    responses: {
        200: {
            bodyMapper: { type: { name: "String" } },
        },
        default: {
            bodyMapper: DefaultErrorResponse,
        },
    },
    queryParameters: [apiVersion],
    urlParameters: [$host, subscriptionId],
    headerParameters: [accept],
    serializer: containerAppsAPIClient_serializer,
};
//# sourceMappingURL=containerAppsAPIClient.js.map
;// CONCATENATED MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/index.js
// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
// Code generated by Microsoft (R) AutoRest Code Generator.
// Changes may cause incorrect behavior and will be lost if the code is regenerated.
/// <reference lib="esnext.asynciterable" />




//# sourceMappingURL=index.js.map

/***/ })

};
