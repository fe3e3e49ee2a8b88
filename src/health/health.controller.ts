import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../common/auth/decorators';
import { HealthRegistry } from './health-registry';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: HealthRegistry,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 3000 }),
      ...this.registry.entries().map(([name, probe]) => async () => {
        const indicator = this.indicators.check(name);
        const result = await probe().catch((e: unknown) => ({
          up: false,
          details: { error: String(e) },
        }));
        return result.up ? indicator.up(result.details) : indicator.down(result.details);
      }),
    ]);
  }
}
