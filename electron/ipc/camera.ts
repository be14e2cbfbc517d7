import type { CameraAllowance } from '../session';
import type { MainHandlers } from './context';

/** camera:allow: the card reader of the page that asks opened or closed, and its camera with it. */
export function cameraHandlers(camera: CameraAllowance): Pick<MainHandlers, 'camera:allow'> {
  return {
    'camera:allow': ({ open }, { sender }) => {
      camera.allow(sender, open);
    },
  };
}
