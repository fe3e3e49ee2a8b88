import { INestApplication, RequestMethod } from '@nestjs/common';
import {
  GUARDS_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Access, ACCESS_KEY, IS_PUBLIC, SIGNED_IN } from '../../src/common/auth/decorators';
import { rolesFor } from '../../src/common/auth/permissions';

export interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
  /** The permission the route names (`@Can`), or 'signed-in' (`@SignedIn`), or undefined. */
  access?: Access;
  /** Who may call it: 'any' signed-in user, the roles holding its permission, or undefined. */
  roles: 'any' | readonly string[] | undefined;
  controller: string;
  handler: string;
  /** Names of the guards on the controller and the handler (e.g. CsrfGuard on web pages). */
  guards: string[];
  /** The fields the @Body() DTO declares (what the whitelist lets through), if it has one. */
  bodyFields?: string[];
}

/** The validated properties of the class a handler's whole @Body() is read into. */
function bodyFieldsOf(metatype: Target, prototype: object, name: string): string[] | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, name) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const body = Object.entries(args).find(
    ([key, arg]) => key.startsWith(`${RouteParamtypes.BODY}:`) && arg.data === undefined,
  );
  if (!body) return undefined;
  const types = (Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as Target[];
  const type = types[body[1].index];
  if (!type || type === Object) return undefined;
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

type Target = Parameters<Reflector['get']>[1];

const guardNames = (reflector: Reflector, targets: Target[]): string[] =>
  targets
    .flatMap((target) => reflector.get<unknown[] | undefined>(GUARDS_METADATA, target) ?? [])
    .map((g) => (typeof g === 'function' ? g.name : (g as object).constructor.name));

/** The roles a route's permission resolves to, as the guard would check them. */
const rolesOf = (access: Access | undefined): RouteInfo['roles'] =>
  access === undefined ? undefined : access === SIGNED_IN ? 'any' : rolesFor(access);

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
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, targets);
      for (const base of basePaths) {
        for (const sub of [subPaths].flat()) {
          routes.push({
            method,
            path: join(base, sub),
            isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true,
            access,
            roles: rolesOf(access),
            controller: metatype.name,
            handler: name,
            guards: guardNames(reflector, targets),
            bodyFields: bodyFieldsOf(metatype, prototype, name),
          });
        }
      }
    }
  }
  return routes;
}
