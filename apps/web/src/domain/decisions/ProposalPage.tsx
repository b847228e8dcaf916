import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { type Me, RequireSignIn } from '../applications/RequireSignIn';
import { ProblemText } from '../evaluation/CallEvaluationPage';
import { useStaffCall } from '../evaluation/queries';
import { type Amendment, centsOf, previewAmendment } from './budget';
import { BudgetLineView } from './BudgetLineView';
import { DECISION_MESSAGES } from './messages';
import { type Proposal, useAmend, useAmendmentRecord, useApprove, useProposal } from './queries';
import './decisions.css';

/** The decider's table: the proposal with its budget line, amendments with reasons, the approval and the decision's record. */
export function ProposalPage() {
  useFeatureMessages(DECISION_MESSAGES);
  const { id = '' } = useParams();
  return <RequireSignIn>{(me) => <Decision key={id} callId={id} me={me} />}</RequireSignIn>;
}

type Op = 'set_grant' | 'remove_reserve' | 'remove_rejected' | 'fund' | 'move';

function Decision({ callId, me }: { callId: string; me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const call = useStaffCall(callId, locale);
  const proposal = useProposal(callId);
  const [target, setTarget] = useState<string | null>(null);

  if (call.isPending || proposal.isPending) return <LoadingSpinner />;
  const failed = call.error ?? proposal.error;
  if (failed || !call.data) {
    return (
      <div className="container">
        <ErrorMessage error={failed} onRetry={() => void Promise.all([call.refetch(), proposal.refetch()])} />
      </div>
    );
  }
  const data = proposal.data;
  const decided = data?.state === 'decided';
  return (
    <div className="container decision-page">
      <PageTitle title={t('decisions.proposal.title', { call: call.data.title })} />
      <p className="back-link">
        <Link to={paths.decisions(locale)}>{t('decisions.proposal.back')}</Link>
      </p>
      <h1>{t('decisions.proposal.title', { call: call.data.title })}</h1>
      {!data ? (
        <p data-testid="no-proposal">{t('decisions.ranking.noProposalYet')}</p>
      ) : (
        <>
          <p>
            <StatusLabel type={decided ? 'success' : 'info'}>{t(`decisions.proposalStates.${data.state}`)}</StatusLabel>{' '}
            <span className="card__meta">{t('decisions.proposal.proposedAt', { at: formatDateTime(data.proposedAt, locale), count: data.amendments })}</span>
          </p>
          {decided && <DecisionRecord proposal={data} me={me} />}
          <BudgetLineView
            proposal={data}
            actions={
              decided
                ? undefined
                : (applicationId) => (
                    <Button
                      variant="secondary"
                      onClick={() => setTarget(applicationId)}
                      aria-label={t('decisions.proposal.amendFor', { title: titleOf(data, applicationId) })}
                    >
                      {t('decisions.proposal.amend')}
                    </Button>
                  )
            }
          />
          {!decided && target && <AmendForm key={target} proposal={data} applicationId={target} onDone={() => setTarget(null)} />}
          {!decided && <Approve callId={callId} proposal={data} />}
          {!decided && <AmendmentHistory callId={callId} proposal={data} />}
        </>
      )}
    </div>
  );
}

function titleOf(proposal: Proposal, applicationId: string): string {
  return proposal.lines.find((line) => line.applicationId === applicationId)?.title ?? proposal.reserve.find((entry) => entry.applicationId === applicationId)?.title ?? '';
}

function AmendForm({ proposal, applicationId, onDone }: { proposal: Proposal; applicationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const amend = useAmend(proposal.callId);
  const line = proposal.lines.find((l) => l.applicationId === applicationId);
  const reserved = proposal.reserve.find((entry) => entry.applicationId === applicationId);
  const ops: Op[] = line ? ['set_grant', 'remove_reserve', 'remove_rejected'] : ['fund', 'move'];
  const [op, setOp] = useState<Op>(ops[0]!);
  const [grant, setGrant] = useState(() => String((line?.grantCents ?? reserved?.grantCents ?? 0) / 100));
  const [position, setPosition] = useState(String(reserved?.position ?? 1));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const cents = centsOf(grant);
  const needsGrant = op === 'set_grant' || op === 'fund';
  const amendment: Amendment | null =
    op === 'set_grant'
      ? cents === null
        ? null
        : { op, applicationId, grantCents: cents }
      : op === 'remove_reserve'
        ? { op: 'remove', applicationId, to: 'reserve' }
        : op === 'remove_rejected'
          ? { op: 'remove', applicationId, to: 'rejected' }
          : op === 'fund'
            ? cents === null
              ? null
              : { op, applicationId, grantCents: cents }
            : { op: 'move', applicationId, position: Number(position) };
  const preview = amendment ? previewAmendment(proposal, amendment) : null;
  const cap = line?.capCents ?? reserved?.grantCents ?? 0;
  const grantError =
    needsGrant && cents === null
      ? t('decisions.proposal.grantInvalid')
      : preview && !preview.ok && preview.field === 'grantCents' && preview.kind === 'invalid'
        ? t('decisions.proposal.grantAboveCap', { cap: formatMoney(cap, locale) })
        : undefined;
  const serverField = (field: string) => (amend.error instanceof ApiError ? amend.error.fieldErrors.find((error) => error.field === field)?.message : undefined);
  const title = titleOf(proposal, applicationId);

  return (
    <form
      className="form amend-form"
      aria-labelledby="amend-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setReasonError(t('decisions.proposal.reasonRequired'));
          document.getElementById('amend-reason')?.focus();
          return;
        }
        setReasonError(undefined);
        if (!amendment || !preview?.ok) return;
        amend.mutate(
          { amendment, reason: reason.trim() },
          {
            onSuccess: () => {
              announce(t('decisions.proposal.amended', { title }));
              onDone();
            },
          },
        );
      }}
    >
      <h2 id="amend-title" tabIndex={-1} ref={(node) => node?.focus()}>
        {t('decisions.proposal.amendTitle', { title })}
      </h2>
      <fieldset>
        <legend>{t('decisions.proposal.whatChange')}</legend>
        {ops.map((value) => (
          <div key={value} className="radio-row">
            <input type="radio" id={`op-${value}`} name="op" value={value} checked={op === value} onChange={() => setOp(value)} />
            <label htmlFor={`op-${value}`}>{t(`decisions.proposal.ops.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {needsGrant && (
        <TextInput
          id="amend-grant"
          label={t('decisions.proposal.grant')}
          helperText={t('decisions.proposal.grantHelp', { cap: formatMoney(cap, locale) })}
          value={grant}
          onChange={setGrant}
          inputMode="numeric"
          errorText={grantError ?? serverField('grantCents')}
        />
      )}
      {op === 'move' && (
        <Select
          id="amend-position"
          label={t('decisions.proposal.position')}
          value={position}
          options={proposal.reserve.map((entry) => ({ value: String(entry.position), label: String(entry.position) }))}
          onChange={setPosition}
        />
      )}
      <p className={preview && !preview.ok && preview.kind === 'over_budget' ? 'budget-check budget-check--over' : 'budget-check'} role="status" data-testid="budget-check">
        {!preview
          ? ''
          : preview.ok
            ? t('decisions.proposal.after', { committed: formatMoney(preview.committedCents, locale), remaining: formatMoney(preview.remainingCents, locale) })
            : preview.kind === 'over_budget'
              ? preview.committedCents !== null
                ? t('decisions.proposal.overBy', { committed: formatMoney(preview.committedCents, locale), over: formatMoney(preview.committedCents - proposal.budgetCents, locale) })
                : t('decisions.proposal.over')
              : ''}
      </p>
      <TextInput id="amend-reason" label={t('decisions.proposal.reason')} value={reason} onChange={setReason} multiline required errorText={reasonError ?? serverField('reason')} maxLength={2000} />
      {amend.error && !(amend.error instanceof ApiError && amend.error.fieldErrors.length) && <ProblemText error={amend.error} />}
      <div className="actions">
        <Button type="submit" disabled={amend.isPending || !preview?.ok}>
          {t('decisions.proposal.amendSend')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('decisions.proposal.cancel')}
        </Button>
      </div>
    </form>
  );
}

function Approve({ callId, proposal }: { callId: string; proposal: Proposal }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const approve = useApprove(callId);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="approve" aria-labelledby="approve-title">
      <h2 id="approve-title">{t('decisions.proposal.approveTitle')}</h2>
      <p>{t('decisions.proposal.approveHelp', { count: proposal.lines.length, committed: formatMoney(proposal.committedCents, locale) })}</p>
      {confirming ? (
        <div className="actions">
          <Button onClick={() => approve.mutate(undefined, { onSuccess: () => announce(t('decisions.proposal.approved')) })} disabled={approve.isPending} data-testid="confirm-approve">
            {t('decisions.proposal.approveConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('decisions.proposal.cancel')}
          </Button>
        </div>
      ) : (
        <Button onClick={() => setConfirming(true)}>{t('decisions.proposal.approve')}</Button>
      )}
      {approve.error && <ProblemText error={approve.error} />}
    </section>
  );
}

interface AmendedEvent {
  amendment?: { op?: string; applicationId?: string; grantCents?: number; to?: string; position?: number };
  reason?: string;
  committedCents?: number;
}

function AmendmentHistory({ callId, proposal }: { callId: string; proposal?: Proposal }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const record = useAmendmentRecord(callId);
  const titles = new Map<string, string>();
  for (const line of proposal?.lines ?? []) titles.set(line.applicationId, line.title);
  for (const entry of proposal?.reserve ?? []) titles.set(entry.applicationId, entry.title);
  for (const entry of proposal?.rejected ?? []) titles.set(entry.applicationId, entry.title);
  return (
    <section aria-labelledby="amendments-title">
      <h2 id="amendments-title">{t('decisions.record.amendments')}</h2>
      {record.isPending ? (
        <LoadingSpinner />
      ) : record.error ? (
        <ErrorMessage error={record.error} onRetry={() => void record.refetch()} />
      ) : record.data.items.length === 0 ? (
        <p>{t('decisions.record.noAmendments')}</p>
      ) : (
        <ol data-testid="amendment-record">
          {[...record.data.items].reverse().map((event) => {
            const after = (event.after ?? {}) as AmendedEvent;
            const change = after.amendment ?? {};
            const what = titles.get(change.applicationId ?? '') ?? '';
            return (
              <li key={event.id}>
                {formatDateTime(event.occurredAt, locale)}:{' '}
                {t(`decisions.record.ops.${change.op === 'remove' ? `remove_${change.to}` : change.op}`, {
                  title: what,
                  grant: change.grantCents !== undefined ? formatMoney(change.grantCents, locale) : '',
                  position: change.position ?? '',
                  defaultValue: change.op ?? '',
                })}{' '}
                — {t('decisions.record.reason', { reason: after.reason ?? '' })}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function DecisionRecord({ proposal, me }: { proposal: Proposal; me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const decision = proposal.decision as { decidedBy: string; decidedAt: string; committedCents: number } | null;
  if (!decision) return null;
  return (
    <section className="decision-record" aria-labelledby="record-title" data-testid="decision-record">
      <h2 id="record-title">{t('decisions.record.title')}</h2>
      <dl className="facts">
        <dt>{t('decisions.record.decidedAt')}</dt>
        <dd>{formatDateTime(decision.decidedAt, locale)}</dd>
        <dt>{t('decisions.record.decidedBy')}</dt>
        <dd>{decision.decidedBy === me.id ? t('decisions.record.you', { name: me.displayName }) : t('decisions.record.otherDecider')}</dd>
        <dt>{t('decisions.record.committed')}</dt>
        <dd>{formatMoney(decision.committedCents, locale)}</dd>
        <dt>{t('decisions.record.funded')}</dt>
        <dd>{proposal.lines.length}</dd>
      </dl>
      <AmendmentHistory callId={proposal.callId} proposal={proposal} />
    </section>
  );
}
