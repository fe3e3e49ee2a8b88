import { plainToInstance } from 'class-transformer';
import { CreateMemoDto } from '../../memo/dto/memo.dto';
import { draftErrors } from './draft.model';

const memo = (paragraphs: string[]) =>
  plainToInstance(CreateMemoDto, { subject: 'ขออนุมัติ', to: 'ผู้อำนวยการ', paragraphs });

describe('draftErrors', () => {
  it('accepts a body that fits the database', async () => {
    expect(await draftErrors(memo(['ข้อเท็จจริง']))).toEqual([]);
  });

  it('asks for a body when there is none', async () => {
    expect(await draftErrors(memo([]))).toEqual(['กรุณากรอกเนื้อความอย่างน้อยหนึ่งย่อหน้า']);
  });

  it('says a body too long to store is too long, not missing', async () => {
    const errors = await draftErrors(memo(Array.from({ length: 5 }, () => 'ก'.repeat(5000))));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('ยาวเกินกว่าที่ระบบบันทึกได้');
  });
});
