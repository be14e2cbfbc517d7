import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { bridge } from '../bridge/bridge';
import { useStore } from '../data/hooks/StoreContext';
import { link } from '../services/paths';

/** Carries out what the desktop app's native menu asks for. */
export function useMenuCommands(): void {
  const store = useStore();
  const { i18n } = useTranslation();
  const [, navigate] = useLocation();
  useEffect(
    () =>
      bridge.on('app:menuCommand', (command) => {
        switch (command.command) {
          case 'showTrips':
            navigate(link('trips'));
            break;
          case 'newTrip':
            navigate(link('newTrip'));
            break;
          case 'loadSampleTrip':
            void import('../data/records/sampleTrip')
              .then(({ loadSampleTrip }) => loadSampleTrip(store))
              .then((tripId) => navigate(link('trip', { tripId })));
            break;
          case 'setLanguage':
            void i18n.changeLanguage(command.language);
            break;
        }
      }),
    [store, i18n, navigate],
  );
}
