import type { OfficeSpec, PersonSpec } from './office-spec';

const ORG = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม';
const DIRECTOR = `ผู้อำนวยการ${ORG}`;
const DEPUTY = `รองผู้อำนวยการ${ORG}`;

/** The ten real groups of สพม.นครพนม (DESIGN.md); people are fictional. */
const GROUPS = [
  ['admin', 'กลุ่มอำนวยการ', 'กลุ่มอำนวยการ', 'deputy2'],
  ['plan', 'กลุ่มนโยบายและแผน', 'กลุ่มนโยบายฯ', 'deputy'],
  ['finance', 'กลุ่มบริหารงานการเงินและสินทรัพย์', 'กลุ่มการเงินฯ', 'deputy2'],
  ['personnel', 'กลุ่มบริหารงานบุคคล', 'กลุ่มบุคคล', 'deputy2'],
  ['promotion', 'กลุ่มส่งเสริมการจัดการศึกษา', 'กลุ่มส่งเสริมฯ', 'deputy2'],
  ['supervision', 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', 'กลุ่มนิเทศฯ', 'deputy'],
  ['development', 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา', 'กลุ่มพัฒนาครูฯ', 'deputy'],
  ['legal', 'กลุ่มกฎหมายและคดี', 'กลุ่มกฎหมายฯ', 'deputy2'],
  ['audit', 'หน่วยตรวจสอบภายใน', 'หน่วยตรวจสอบฯ', 'deputy'],
  ['ict', 'กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร', 'กลุ่ม ICT', 'deputy'],
] as const;

const HEAD_NAMES: Record<string, [string, string, string]> = {
  admin: ['นาง', 'พรทิพย์', 'แสงทอง'],
  plan: ['นาย', 'ธนากร', 'ศรีสวัสดิ์'],
  finance: ['นางสาว', 'กาญจนา', 'บุญมา'],
  personnel: ['นาย', 'สุรชัย', 'พรหมมา'],
  promotion: ['นาง', 'จันทร์เพ็ญ', 'ทองดี'],
  supervision: ['นาย', 'วิชัย', 'มั่นคง'],
  development: ['นาง', 'อรุณี', 'วงศ์ใหญ่'],
  legal: ['นาย', 'ปกรณ์', 'นิติธรรม'],
  audit: ['นางสาว', 'ศิริพร', 'ตรงดี'],
  ict: ['นาย', 'ณัฐพล', 'ดิจิทัล'],
};

const groupHeads: PersonSpec[] = GROUPS.map(([key, name]) => ({
  key: `head.${key}`,
  username: key === 'supervision' ? 'head' : `head.${key}`,
  titlePrefix: HEAD_NAMES[key][0],
  firstName: HEAD_NAMES[key][1],
  lastName: HEAD_NAMES[key][2],
  position: key === 'audit' ? `หัวหน้า${name}` : `ผู้อำนวยการ${name}`,
  group: key,
  roles: ['group_head', 'officer'],
  heads: true,
}));

export const DEMO_OFFICE: OfficeSpec = {
  code: 'spm-nakhonphanom',
  name: ORG,
  shortName: 'สพม.นครพนม',
  bookCode: 'ศธ ๐๔๓๐๕',
  parentAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ',
  address: 'ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม ๔๘๐๐๐',
  phone: '0 4251 1000',
  email: 'saraban@spm-nakhonphanom.example',
  groups: GROUPS.map(([key, name, shortName, deputy], i) => ({
    key,
    name,
    shortName,
    phone: `0 4251 10${String(i + 1).padStart(2, '0')}`,
    deputy,
  })),
  people: [
    {
      key: 'director',
      username: 'director',
      titlePrefix: 'นาย',
      firstName: 'อนันต์',
      lastName: 'ศรีวงศ์',
      position: DIRECTOR,
      roles: ['director'],
    },
    {
      key: 'deputy',
      username: 'deputy',
      titlePrefix: 'นาย',
      firstName: 'ประเสริฐ',
      lastName: 'สุขใจ',
      position: DEPUTY,
      roles: ['deputy'],
    },
    {
      key: 'deputy2',
      username: 'deputy2',
      titlePrefix: 'นาย',
      firstName: 'สมชาย',
      lastName: 'รักษ์ดี',
      position: DEPUTY,
      roles: ['deputy'],
    },
    ...groupHeads,
    {
      key: 'officer',
      username: 'officer',
      titlePrefix: 'นางสาว',
      firstName: 'สุดา',
      lastName: 'ใจดี',
      position: 'ศึกษานิเทศก์',
      group: 'supervision',
      roles: ['officer'],
    },
    {
      key: 'officer2',
      username: 'officer2',
      titlePrefix: 'นาง',
      firstName: 'มาลี',
      lastName: 'ศรีสุข',
      position: 'นักวิชาการศึกษาชำนาญการ',
      group: 'promotion',
      roles: ['officer'],
    },
    {
      key: 'oit',
      username: 'oit',
      titlePrefix: 'นาย',
      firstName: 'กิตติ',
      lastName: 'โปร่งใส',
      position: 'ศึกษานิเทศก์ชำนาญการพิเศษ',
      group: 'supervision',
      roles: ['oit_coordinator', 'officer'],
    },
    {
      key: 'registrar',
      username: 'registrar',
      titlePrefix: 'นางสาว',
      firstName: 'วรรณา',
      lastName: 'สารบรรณ',
      position: 'เจ้าพนักงานธุรการชำนาญงาน',
      group: 'admin',
      roles: ['registrar', 'officer'],
    },
    {
      key: 'admin',
      username: 'admin',
      titlePrefix: 'นาย',
      firstName: 'ระบบ',
      lastName: 'ผู้ดูแล',
      position: 'นักวิชาการคอมพิวเตอร์ปฏิบัติการ',
      group: 'ict',
      roles: ['admin'],
    },
  ],
  delegations: [
    {
      kind: 'on_behalf',
      delegate: 'deputy2',
      documentKinds: ['memo', 'letter'],
      reference: 'คำสั่ง สพม.นครพนม ที่ ๒๑๕/๒๕๖๘ เรื่อง มอบอำนาจให้รองผู้อำนวยการปฏิบัติราชการแทน',
      startsAt: new Date('2025-10-01T00:00:00+07:00'),
    },
  ],
};

/** The demo's platform administrator: creates offices, sees no office's documents. */
export const DEMO_PLATFORM_ADMIN = { username: 'platform', name: 'นายแพลตฟอร์ม ผู้ดูแล' };

/** Shown by `npm run up`. */
export const DEMO_LOGINS: Array<[string, string]> = [
  ['officer', 'ศึกษานิเทศก์ กลุ่มนิเทศฯ (ผู้ร่างบันทึก)'],
  ['head', 'ผอ.กลุ่มนิเทศฯ'],
  ['deputy', 'รอง ผอ.สพม. ดูแลกลุ่มนิเทศฯ'],
  ['director', 'ผอ.สพม.นครพนม'],
  ['deputy2', 'รอง ผอ.สพม. (ปฏิบัติราชการแทน สำหรับบันทึกข้อความ)'],
  ['officer2', 'นักวิชาการศึกษา กลุ่มส่งเสริมฯ'],
  ['oit', 'ผู้ประสานงาน OIT'],
  ['registrar', 'งานสารบรรณ'],
  ['admin', 'ผู้ดูแลระบบ'],
  ['platform', 'ผู้ดูแลแพลตฟอร์ม (สร้างสำนักงานเขต ไม่เห็นเอกสาร)'],
];
