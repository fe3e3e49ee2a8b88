import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { ReceiveIncoming } from '../incoming/receive.service';
import { RouteIncoming } from '../incoming/routing.service';
import type { OfficeSpec, SeededOffice } from './office-spec';

const OBEC = 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน';

/**
 * Three fictional incoming letters for the demo office, through the real use cases: one just
 * received at the registry desk, one waiting on the director, one assigned to กลุ่มนิเทศฯ and
 * waiting for its head.
 */
@Injectable()
export class DemoLetters {
  constructor(
    private readonly receiving: ReceiveIncoming,
    private readonly routing: RouteIncoming,
  ) {}

  async seed(spec: OfficeSpec, office: SeededOffice): Promise<void> {
    const actor = (key: string): Actor => {
      const person = spec.people.find((p) => p.key === key);
      if (!person) throw new Error(`demo office has no ${key}`);
      const { username, roles } = person;
      return { userId: office.userIds[key], orgId: office.orgId, username, roles };
    };
    const [registrar, director] = [actor('registrar'), actor('director')];
    await this.receiving.receive(registrar, {
      fromAgency: 'สำนักงานศึกษาธิการจังหวัดนครพนม',
      theirNumber: 'นพ ๐๐๓๙/ว ๑๒๔',
      theirDate: '2026-05-06',
      subject: 'ขอความร่วมมือประชาสัมพันธ์การรับสมัครนักเรียน',
    });
    await this.receiveAndForward(registrar, director, {
      fromAgency: OBEC,
      theirNumber: 'ศธ ๐๔๐๐๖/ว ๘๗๕',
      theirDate: '2026-05-04',
      subject: 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
      urgency: 'urgent',
    });
    const assigned = await this.receiveAndForward(registrar, director, {
      fromAgency: OBEC,
      theirNumber: 'ศธ ๐๔๐๐๗/ว ๔๕๖',
      theirDate: '2026-05-01',
      subject: 'ขอเชิญประชุมเชิงปฏิบัติการนิเทศ ติดตามการจัดการเรียนการสอน',
    });
    await this.routing.endorse(director, assigned.id, {
      note: 'ทราบ มอบ กลุ่มนิเทศฯ ดำเนินการ',
      assignGroupIds: [office.groupIds.supervision],
      version: assigned.version,
    });
  }

  private async receiveAndForward(
    registrar: Actor,
    to: Actor,
    letter: Parameters<ReceiveIncoming['receive']>[1],
  ) {
    const received = await this.receiving.receive(registrar, letter);
    return this.routing.forward(registrar, received.id, {
      toUsername: to.username,
      note: 'เรียน ผอ.สพม. เพื่อโปรดพิจารณา',
      version: received.version,
    });
  }
}
