import { Link } from '../../common/components/link/Link';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useTestbed } from '../testbeds/queries';

/** A test bed's name in the page's language, linked to its page (the id while it loads). */
export function TestbedName({ id }: { id: string }) {
  const locale = useLocale();
  const { data } = useTestbed(locale, id);
  return <Link to={paths.testbed(locale, id)}>{data?.name ?? id}</Link>;
}
