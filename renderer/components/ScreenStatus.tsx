import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from '../services/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <p role="alert">{t('status.notFound')}</p>
      <Link href={paths.trips()}>{t('status.backToTrips')}</Link>
    </section>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('status.loading')}
    </p>
  );
}
