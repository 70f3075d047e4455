import { useT } from '../../../i18n/locale';
import type { EnterpriseRecord } from './enterprise-api';
import type { EnterpriseStatus } from './enterprise-rules';
import { usePlace, useVnd } from './EnterpriseFacts';
import { RecordTable } from './RecordTable';

type T = ReturnType<typeof useT>['t'];

const changeText = (t: T, kind: string): string =>
  kind === 'register' ||
  kind === 'change_status' ||
  kind === 'add_representative' ||
  kind === 'remove_representative' ||
  kind === 'register_branch'
    ? t(`enterprises.change.${kind}`)
    : kind; // a kind this page does not know yet is named by its code

/** Representatives, owners, branches, the status history and every version of the record. */
export function EnterpriseTables({ enterprise }: { enterprise: EnterpriseRecord }) {
  const { t, dateTime } = useT();
  const vnd = useVnd();
  const place = usePlace();
  const kindText = (kind: string) =>
    kind === 'branch' || kind === 'representative_office' ? t(`enterprises.kind.${kind}`) : kind;
  return (
    <>
      <RecordTable
        id="representatives"
        title="enterprises.representatives.title"
        caption="enterprises.representatives.caption"
        rows={enterprise.legalRepresentatives ?? []}
        rowKey={(r) => r.citizen?.personalIdNumber ?? r.title}
        empty="enterprises.none"
        note="enterprises.representatives.nameWithheld"
        columns={[
          { label: 'enterprises.representatives.number', cell: (r) => r.citizen?.personalIdNumber },
          { label: 'enterprises.representatives.jobTitle', cell: (r) => r.title },
        ]}
      />
      <RecordTable
        id="owners"
        title="enterprises.owners.title"
        caption="enterprises.owners.caption"
        rows={enterprise.owners ?? []}
        rowKey={(o) => o.citizen?.personalIdNumber ?? o.enterpriseCode ?? o.name ?? ''}
        empty="enterprises.owners.empty"
        columns={[
          {
            label: 'enterprises.owners.party',
            cell: (o) =>
              o.citizen
                ? t('enterprises.owners.citizen', { personalIdNumber: o.citizen.personalIdNumber })
                : o.enterpriseCode
                  ? t('enterprises.owners.enterprise', { enterpriseCode: o.enterpriseCode })
                  : o.name,
          },
          { label: 'enterprises.owners.contribution', cell: (o) => vnd(o.capitalContribution) },
        ]}
      />
      <RecordTable
        id="branches"
        title="enterprises.branches.title"
        caption="enterprises.branches.caption"
        rows={enterprise.branches ?? []}
        rowKey={(b) => b.branchCode}
        empty="enterprises.branches.empty"
        columns={[
          { label: 'enterprises.branches.code', cell: (b) => b.branchCode },
          { label: 'enterprises.branches.kind', cell: (b) => kindText(b.kind) },
          { label: 'enterprises.branches.name', cell: (b) => b.name },
          { label: 'enterprises.branches.address', cell: (b) => place(b.address, b.provinceCode) },
        ]}
      />
      <RecordTable
        id="status-history"
        title="enterprises.statusHistory.title"
        caption="enterprises.statusHistory.caption"
        rows={enterprise.statusHistory ?? []}
        rowKey={(s) => `${s.status}-${s.since}`}
        empty="enterprises.none"
        columns={[
          { label: 'enterprises.field.status', cell: (s) => t(`enterprises.status.${s.status as EnterpriseStatus}`) },
          { label: 'enterprises.statusHistory.since', cell: (s) => dateTime(s.since) },
          { label: 'enterprises.statusHistory.reason', cell: (s) => s.reason },
        ]}
      />
      <RecordTable
        id="history"
        title="enterprises.history.title"
        caption="enterprises.history.caption"
        rows={enterprise.history ?? []}
        rowKey={(v) => String(v.version)}
        empty="enterprises.none"
        columns={[
          { label: 'enterprises.history.version', cell: (v) => v.version },
          { label: 'enterprises.history.change', cell: (v) => changeText(t, v.changeKind) },
          { label: 'enterprises.history.reason', cell: (v) => v.reason },
          { label: 'enterprises.history.changedBy', cell: (v) => v.changedBy },
          { label: 'enterprises.history.recordedAt', cell: (v) => dateTime(v.recordedAt) },
        ]}
      />
    </>
  );
}
