import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { bridge } from '../bridge/bridge';
import { useStore } from '../data/hooks/StoreContext';
import { paths } from '../services/paths';

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
            navigate(paths.trips());
            break;
          case 'newTrip':
            navigate(paths.newTrip());
            break;
          case 'loadSampleTrip':
            void import('../data/records/sampleTrip')
              .then(({ loadSampleTrip }) => loadSampleTrip(store))
              .then((tripId) => navigate(paths.trip(tripId)));
            break;
          case 'setLanguage':
            void i18n.changeLanguage(command.language);
            break;
        }
      }),
    [store, i18n, navigate],
  );
}
