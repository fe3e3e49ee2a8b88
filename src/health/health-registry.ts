import { Injectable } from '@nestjs/common';

export interface ComponentHealth {
  up: boolean;
  details?: Record<string, unknown>;
}

export type HealthProbe = () => Promise<ComponentHealth>;

/** Modules register a readiness probe here (the renderer does) so health needs no import of them. */
@Injectable()
export class HealthRegistry {
  private readonly probes = new Map<string, HealthProbe>();

  register(name: string, probe: HealthProbe): void {
    this.probes.set(name, probe);
  }

  entries(): Array<[string, HealthProbe]> {
    return [...this.probes.entries()];
  }
}
