import { useTranslation } from 'react-i18next';
import type { Call } from '../../api/types';
import { Countdown } from '../../common/components/countdown/Countdown';

/** The time left to what a call takes now: its ideas while its first stage is open, else its applications while it is open. */
export function CallCountdown({ call }: { call: Call }) {
  const { t } = useTranslation();
  if (call.firstStage?.state === 'open') return <Countdown deadline={String(call.firstStage.closesAt)} label={t('countdown.ideasClose')} />;
  return call.state === 'open' ? <Countdown deadline={String(call.closesAt)} /> : null;
}
