// `Table` answers (meta.k8s.io/v1), what `kubectl get` asks for (Accept: application/json;as=Table;v=v1;g=meta.k8s.io):
// the columns kube-apiserver's printers give each kind (NAME, READY, STATUS, RESTARTS, AGE for pods; READY,
// UP-TO-DATE, AVAILABLE for Deployments; ...), a custom resource's additionalPrinterColumns, NAME and AGE otherwise.
import type { Obj, ResourceType } from './model.js';

interface Column {
  name: string;
  type: string;
  format?: string;
  description: string;
  priority?: number;
  cell: (o: Obj, now: number) => unknown;
}

/** kubectl's human duration: 45s, 3m12s, 5h, 2d3h, 40d. */
export function age(timestamp: string | undefined, now: number): string {
  if (!timestamp) return '<unknown>';
  const seconds = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1000));
  const m = Math.floor(seconds / 60);
  const h = Math.floor(m / 60);
  const d = Math.floor(h / 24);
  if (seconds < 120) return `${seconds}s`;
  if (m < 10) return `${m}m${seconds % 60 ? `${seconds % 60}s` : ''}`;
  if (h < 3) return `${m}m`;
  if (h < 8) return `${h}h${m % 60 ? `${m % 60}m` : ''}`;
  if (h < 48) return `${h}h`;
  if (d < 8) return `${d}d${h % 24 ? `${h % 24}h` : ''}`;
  return `${d}d`;
}

const name: Column = {
  name: 'Name',
  type: 'string',
  format: 'name',
  description: 'Name must be unique within a namespace.',
  cell: o => o.metadata?.name
};
const ageColumn: Column = {
  name: 'Age',
  type: 'string',
  description: 'CreationTimestamp is a timestamp representing the server time when this object was created.',
  cell: (o, now) => age(o.metadata?.creationTimestamp, now)
};
const col = (
  title: string,
  cell: Column['cell'],
  type = 'string',
  priority = 0,
  description = title
): Column => ({
  name: title,
  type,
  description,
  ...(priority ? { priority } : {}),
  cell
});
const containers = (spec: Obj | undefined) => (spec?.containers ?? []) as Obj[];
const selectorText = (s: Obj | undefined) =>
  Object.entries(s?.matchLabels ?? s ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',') || '<none>';

/** The STATUS column of a pod, as kubectl has always shown it: a waiting or terminated reason wins over the phase. */
function podStatus(pod: Obj): string {
  if (pod.metadata?.deletionTimestamp) return 'Terminating';
  const statuses = (pod.status?.containerStatuses ?? []) as Obj[];
  let reason = pod.status?.reason ?? pod.status?.phase ?? 'Pending';
  for (const s of statuses) {
    if (s.state?.waiting?.reason) reason = s.state.waiting.reason;
    else if (s.state?.terminated?.reason) reason = s.state.terminated.reason;
  }
  if (reason === 'Running' && statuses.some(s => !s.ready)) return 'Running';
  return reason;
}

const podColumns: Column[] = [
  name,
  col(
    'Ready',
    o =>
      `${((o.status?.containerStatuses ?? []) as Obj[]).filter(s => s.ready).length}/${containers(o.spec).length}`,
    'string',
    0,
    'The aggregate readiness state of this pod for accepting traffic.'
  ),
  col('Status', podStatus, 'string', 0, 'The aggregate status of the containers in this pod.'),
  col(
    'Restarts',
    o =>
      String(((o.status?.containerStatuses ?? []) as Obj[]).reduce((n, s) => n + (s.restartCount ?? 0), 0)),
    'string',
    0,
    'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'
  ),
  ageColumn,
  col('IP', o => o.status?.podIP ?? '<none>', 'string', 1, 'The IP address assigned to the pod'),
  col('Node', o => o.spec?.nodeName ?? '<none>', 'string', 1, 'The name of the node assigned to the pod'),
  col('Nominated Node', () => '<none>', 'string', 1),
  col('Readiness Gates', () => '<none>', 'string', 1)
];
const images = col(
  'Images',
  o =>
    containers(o.spec?.template?.spec)
      .map(c => c.image)
      .join(','),
  'string',
  1
);
const containerNames = col(
  'Containers',
  o =>
    containers(o.spec?.template?.spec)
      .map(c => c.name)
      .join(','),
  'string',
  1
);
const selector = col('Selector', o => selectorText(o.spec?.selector), 'string', 1);

const columns: Record<string, Column[]> = {
  pods: podColumns,
  deployments: [
    name,
    col(
      'Ready',
      o => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`,
      'string',
      0,
      'Number of the pod with ready state'
    ),
    col(
      'Up-to-date',
      o => o.status?.updatedReplicas ?? 0,
      'integer',
      0,
      'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'
    ),
    col(
      'Available',
      o => o.status?.availableReplicas ?? 0,
      'integer',
      0,
      'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'
    ),
    ageColumn,
    containerNames,
    images,
    selector
  ],
  replicasets: [
    name,
    col('Desired', o => o.spec?.replicas ?? 0, 'integer'),
    col('Current', o => o.status?.replicas ?? 0, 'integer'),
    col('Ready', o => o.status?.readyReplicas ?? 0, 'integer'),
    ageColumn,
    containerNames,
    images,
    selector
  ],
  statefulsets: [
    name,
    col('Ready', o => `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`),
    ageColumn,
    containerNames,
    images
  ],
  daemonsets: [
    name,
    col('Desired', o => o.status?.desiredNumberScheduled ?? 0, 'integer'),
    col('Current', o => o.status?.currentNumberScheduled ?? 0, 'integer'),
    col('Ready', o => o.status?.numberReady ?? 0, 'integer'),
    col('Up-to-date', o => o.status?.updatedNumberScheduled ?? 0, 'integer'),
    col('Available', o => o.status?.numberAvailable ?? 0, 'integer'),
    col('Node Selector', o => selectorText(o.spec?.template?.spec?.nodeSelector)),
    ageColumn
  ],
  jobs: [
    name,
    col('Status', o => {
      const c = ((o.status?.conditions ?? []) as Obj[]).find(
        x => x.status === 'True' && ['Complete', 'Failed'].includes(x.type)
      );
      return c ? c.type : o.spec?.suspend ? 'Suspended' : 'Running';
    }),
    col('Completions', o => `${o.status?.succeeded ?? 0}/${o.spec?.completions ?? 1}`),
    col('Duration', (o, now) =>
      o.status?.startTime
        ? age(o.status.startTime, o.status.completionTime ? Date.parse(o.status.completionTime) : now)
        : ''
    ),
    ageColumn
  ],
  cronjobs: [
    name,
    col('Schedule', o => o.spec?.schedule),
    col('Timezone', o => o.spec?.timeZone ?? '<none>'),
    col('Suspend', o => String(o.spec?.suspend ?? false)),
    col('Active', o => (o.status?.active ?? []).length, 'integer'),
    col('Last Schedule', (o, now) =>
      o.status?.lastScheduleTime ? age(o.status.lastScheduleTime, now) : '<none>'
    ),
    ageColumn
  ],
  services: [
    name,
    col('Type', o => o.spec?.type ?? 'ClusterIP'),
    col('Cluster-IP', o => o.spec?.clusterIP ?? '<none>'),
    col('External-IP', o =>
      o.spec?.type === 'LoadBalancer' ? (o.status?.loadBalancer?.ingress?.[0]?.ip ?? '<pending>') : '<none>'
    ),
    col(
      'Port(s)',
      o =>
        ((o.spec?.ports ?? []) as Obj[])
          .map(p => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
          .join(',') || '<none>'
    ),
    ageColumn,
    col('Selector', o => selectorText(o.spec?.selector), 'string', 1)
  ],
  events: [
    col('Last Seen', (o, now) => age(o.lastTimestamp ?? o.eventTime ?? o.metadata?.creationTimestamp, now)),
    col('Type', o => o.type),
    col('Reason', o => o.reason),
    col('Object', o => `${String(o.involvedObject?.kind ?? '').toLowerCase()}/${o.involvedObject?.name}`),
    col('Subobject', o => o.involvedObject?.fieldPath ?? '', 'string', 1),
    col('Source', o => o.source?.component ?? '', 'string', 1),
    col('Message', o => o.message),
    col('First Seen', (o, now) => age(o.firstTimestamp, now), 'string', 1),
    col('Count', o => o.count ?? 1, 'integer', 1),
    col('Name', o => o.metadata?.name, 'string', 1)
  ],
  horizontalpodautoscalers: [
    name,
    col('Reference', o => `${o.spec?.scaleTargetRef?.kind}/${o.spec?.scaleTargetRef?.name}`),
    col(
      'Targets',
      o =>
        ((o.spec?.metrics ?? []) as Obj[])
          .map(
            m => `${m.resource?.name ?? m.type}: <unknown>/${m.resource?.target?.averageUtilization ?? '?'}%`
          )
          .join(', ') || '<none>'
    ),
    col('MinPods', o => o.spec?.minReplicas ?? 1, 'integer'),
    col('MaxPods', o => o.spec?.maxReplicas, 'integer'),
    col('Replicas', o => o.status?.currentReplicas ?? 0, 'integer'),
    ageColumn
  ],
  ingresses: [
    name,
    col('Class', o => o.spec?.ingressClassName ?? '<none>'),
    col('Hosts', o => ((o.spec?.rules ?? []) as Obj[]).map(r => r.host ?? '*').join(',') || '*'),
    col('Address', o => o.status?.loadBalancer?.ingress?.[0]?.ip ?? ''),
    col('Ports', o => (((o.spec?.tls ?? []) as Obj[]).length ? '80, 443' : '80')),
    ageColumn
  ],
  configmaps: [
    name,
    col('Data', o => Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length, 'integer'),
    ageColumn
  ],
  secrets: [
    name,
    col('Type', o => o.type ?? 'Opaque'),
    col('Data', o => Object.keys(o.data ?? {}).length, 'integer'),
    ageColumn
  ],
  serviceaccounts: [name, col('Secrets', o => (o.secrets ?? []).length, 'integer'), ageColumn],
  namespaces: [name, col('Status', o => o.status?.phase ?? 'Active'), ageColumn],
  poddisruptionbudgets: [
    name,
    col('Min Available', o => o.spec?.minAvailable ?? 'N/A'),
    col('Max Unavailable', o => o.spec?.maxUnavailable ?? 'N/A'),
    col('Allowed Disruptions', o => o.status?.disruptionsAllowed ?? 0, 'integer'),
    ageColumn
  ],
  networkpolicies: [name, col('Pod-Selector', o => selectorText(o.spec?.podSelector)), ageColumn],
  controllerrevisions: [
    name,
    col(
      'Controller',
      o =>
        `${String(o.metadata?.ownerReferences?.[0]?.kind ?? '').toLowerCase()}.apps/${o.metadata?.ownerReferences?.[0]?.name}`
    ),
    col('Revision', o => o.revision, 'integer'),
    ageColumn
  ]
};

/** A custom resource's additionalPrinterColumns, read by their JSON paths. */
function printerColumns(type: ResourceType): Column[] | undefined {
  if (!type.printerColumns) return undefined;
  return [
    name,
    ...type.printerColumns.map(c => {
      const path = String(c.jsonPath ?? '')
        .replace(/^\./, '')
        .split('.');
      return col(
        String(c.name),
        (o, now) => {
          const value = path.reduce<unknown>((at, part) => (at as Obj | undefined)?.[part], o);
          if (c.type === 'date') return age(value as string | undefined, now);
          return Array.isArray(value) ? value.join(',') : (value ?? '');
        },
        c.type === 'date' ? 'date' : String(c.type ?? 'string'),
        Number(c.priority ?? 0),
        String(c.description ?? c.name)
      );
    })
  ];
}

/** The Table of `objects`, each row with the object (includeObject=Object) or its metadata (the default). */
export function table(
  type: ResourceType,
  objects: Obj[],
  includeObject: string | null,
  resourceVersion: string,
  now: number
): Obj {
  const cols = printerColumns(type) ?? columns[type.plural] ?? [name, ageColumn];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: cols.map(c => ({
      name: c.name,
      type: c.type,
      format: c.format ?? '',
      description: c.description,
      priority: c.priority ?? 0
    })),
    rows: objects.map(o => ({
      cells: cols.map(c => c.cell(o, now)),
      ...(includeObject === 'None'
        ? {}
        : {
            object:
              includeObject === 'Object'
                ? o
                : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata }
          })
    }))
  };
}

/** Whether the client asked for a Table (kubectl get does, with a JSON fallback). */
export const wantsTable = (accept: unknown) => /as=Table/.test(String(accept ?? ''));
