import { screenFor } from './nav';
import { currentRoute, subscribeToRoute } from './router';

/**
 * From now on, the moment the route changes, the next screen's code and first call are on
 * their way. Call it before React subscribes to the route: React renders in a microtask right
 * after its own listener, and this one should not wait for that render.
 */
export function prepareScreensOnRouteChange(): void {
  subscribeToRoute(() => screenFor(currentRoute())?.component.prepare());
}
