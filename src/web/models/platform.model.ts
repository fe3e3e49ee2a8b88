import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateOfficeDto } from '../../platform/dto/office.dto';
import type { OfficeView } from '../../platform/offices.views';
import type { OfficeFormDto } from '../dto/platform.dto';
import { thaiCount, thaiDate } from '../format';

const FIELD_TH: Record<string, string> = {
  code: 'รหัสสำนักงาน (อักษรอังกฤษตัวเล็ก ตัวเลข และ - อย่างน้อย ๒ ตัว)',
  name: 'ชื่อสำนักงาน',
  shortName: 'ชื่อย่อ',
  bookCode: 'รหัสหนังสือ (เช่น ศธ ๐๔๓๐๕)',
  address: 'ที่อยู่',
  phone: 'โทรศัพท์',
  email: 'อีเมล',
  admin:
    'ผู้ดูแลระบบคนแรก (ชื่อผู้ใช้ อักษรอังกฤษตัวเล็ก ตัวเลข . _ @ - อย่างน้อย ๓ ตัว, รหัสผ่านอย่างน้อย ๑๐ ตัวอักษร, ชื่อ–นามสกุล)',
};

const trimmed = (value: string): string | undefined => value.trim() || undefined;

/** The form as the API's CreateOfficeDto, with the problems in Thai. */
export async function officeInput(form: OfficeFormDto) {
  const dto = plainToInstance(CreateOfficeDto, {
    code: form.code.trim(),
    name: form.name.trim(),
    shortName: trimmed(form.shortName),
    bookCode: form.bookCode.trim(),
    address: form.address.trim(),
    phone: form.phone.trim(),
    email: trimmed(form.email),
    admin: {
      username: form.adminUsername.trim(),
      password: form.adminPassword,
      name: form.adminName.trim(),
    },
  });
  const problems = await validate(dto, { whitelist: true });
  return { dto, errors: problems.map((e) => `กรุณาตรวจสอบ${FIELD_TH[e.property] ?? e.property}`) };
}

export function platformPage(offices: OfficeView[]) {
  return {
    offices: offices.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      bookCode: o.bookCode,
      activeUsers: thaiCount(o.health?.activeUsers ?? 0),
      memosThisMonth: thaiCount(o.health?.memosThisMonth ?? 0),
      createdAt: thaiDate(o.createdAt),
      active: o.active,
    })),
  };
}

export type PlatformPage = ReturnType<typeof platformPage>;
