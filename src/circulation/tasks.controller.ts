import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/auth/actor';
import { Can, CurrentActor } from '../common/auth/decorators';
import { ParseIdPipe } from '../common/http/parse-id.pipe';
import { TaskDoneDto, TaskQueryDto } from './dto/circulation.dto';
import { TaskService } from './task.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/tasks')
export class TasksController {
  constructor(private readonly tasks: TaskService) {}

  @Can('acknowledgeCirculation')
  @Get()
  @ApiOperation({
    summary: 'Tasks given to the caller or their group, and those of groups they head',
  })
  list(@CurrentActor() actor: Actor, @Query() q: TaskQueryDto) {
    return this.tasks.list(actor, q);
  }

  @Can('acknowledgeCirculation')
  @Post(':id/done')
  @HttpCode(200)
  @ApiOperation({ summary: 'เสร็จแล้ว with a note; a second time → 409 TASK_ALREADY_DONE' })
  done(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Body() dto: TaskDoneDto,
  ) {
    return this.tasks.done(actor, id, dto.note);
  }
}
