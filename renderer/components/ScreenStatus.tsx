import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { link } from '../services/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      {/* A page of its own, so it has its heading (axe: page-has-heading-one); announced as it appears. */}
      <div role="alert">
        <h1>{t('status.notFound')}</h1>
      </div>
      <Link href={link('trips')}>{t('status.backToTrips')}</Link>
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
