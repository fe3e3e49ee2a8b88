import { readParagraphs } from './memo-body';

describe('reading a memo body by the regulation’s pattern', () => {
  it('gives each paragraph its role and drops numbering and headings', () => {
    const body = [
      '๑. เรื่องเดิม ตามที่ สพฐ. แจ้งกรอบวงเงินงบประมาณ นั้น',
      '๒. ข้อเท็จจริง กลุ่มนโยบายและแผนได้รวบรวมโครงการ ๔๒ โครงการ',
      '2.1 ข้อกฎหมาย ระเบียบว่าด้วยการบริหารงบประมาณ พ.ศ. ๒๕๖๒',
      '๓. ข้อเสนอ เห็นควรให้ความเห็นชอบแผน',
      'จึงเรียนมาเพื่อโปรดพิจารณา',
    ].join('\n');
    expect(readParagraphs(body)).toEqual([
      { role: 'cause', text: 'ตามที่ สพฐ. แจ้งกรอบวงเงินงบประมาณ นั้น' },
      { role: 'facts', text: 'กลุ่มนโยบายและแผนได้รวบรวมโครงการ 42 โครงการ' },
      { role: 'law', text: 'ระเบียบว่าด้วยการบริหารงบประมาณ พ.ศ. 2562' },
      { role: 'proposal', text: 'เห็นควรให้ความเห็นชอบแผน' },
      { role: 'closing', text: 'เพื่อโปรดพิจารณา' },
    ]);
  });

  it('knows unlabelled paragraphs by how they open', () => {
    const roles = readParagraphs(
      [
        'ด้วยกลุ่มอำนวยการได้รับแจ้ง…',
        'ตามแผนปฏิบัติการป้องกันการทุจริต…',
        'อาศัยอำนาจตามความในมาตรา ๓๗…',
        'เห็นควรเผยแพร่บนเว็บไซต์',
        'บัดนี้ การดำเนินการเสร็จสิ้นแล้ว',
        'ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๔',
      ].join('\n'),
    ).map((p) => p.role);
    expect(roles).toEqual(['cause', 'cause', 'law', 'proposal', 'facts', 'closing']);
  });

  it('reads "ข้อเสนอแนะ" (recommendations of a report) as content, not as the proposal heading', () => {
    expect(readParagraphs('ข้อเสนอแนะ ควรวางแผนจัดซื้อจัดจ้างตั้งแต่ไตรมาสแรก')).toEqual([
      { role: 'facts', text: 'ข้อเสนอแนะ ควรวางแผนจัดซื้อจัดจ้างตั้งแต่ไตรมาสแรก' },
    ]);
  });

  it('skips blank lines', () => {
    expect(readParagraphs('\n  \nข้อเสนอ เห็นควรอนุมัติ\n')).toHaveLength(1);
  });
});
