import { Module, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { HealthRegistry } from '../health/health-registry';
import { DocumentRenderer } from './document-renderer';
import { RENDERER_OPTIONS, rendererOptionsFrom } from './renderer-options';

/** PDF rendering of official documents; import it and inject DocumentRenderer. */
@Module({
  providers: [
    { provide: RENDERER_OPTIONS, inject: [AppConfig], useFactory: rendererOptionsFrom },
    DocumentRenderer,
  ],
  exports: [DocumentRenderer],
})
export class RenderingModule implements OnModuleInit {
  constructor(
    private readonly renderer: DocumentRenderer,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register('renderer', () => this.renderer.health());
    // Loud in /api/health: the placeholder is no ตราครุฑ (issue 21, R3). Still "up": the
    // documents print, and production refuses only to seal them.
    this.health.register('emblem', () => {
      const { emblem, sealing } = this.renderer.status();
      return Promise.resolve({ up: true, details: { state: emblem, sealing } });
    });
  }
}
