import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { IS_PUBLIC, ROLES_KEY } from '../../src/common/auth/decorators';

export interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
  roles: unknown;
  controller: string;
  handler: string;
}

const join = (...parts: string[]): string =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/** Every HTTP route of the app with its auth metadata, read from the controllers themselves. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const basePaths = [reflector.get<string | string[]>(PATH_METADATA, metatype) ?? ''].flat();
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
      const subPaths = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      if (subPaths === undefined) continue;
      const method = RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)];
      const targets = [handler, metatype];
      for (const base of basePaths) {
        for (const sub of [subPaths].flat()) {
          routes.push({
            method,
            path: join(base, sub),
            isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
            roles: reflector.getAllAndOverride<unknown>(ROLES_KEY, targets),
            controller: metatype.name,
            handler: name,
          });
        }
      }
    }
  }
  return routes;
}
