// src/components/forms/ethnic-options.js
// 中华人民共和国 56 个民族下拉选项(国标 GB/T 3304 代码),用于学生学籍登记表,由家长填写。
export const ETHNIC_OPTIONS = [
  { code: '01', name: '汉族', en: 'Han' },
  { code: '02', name: '蒙古族', en: 'Mongol' },
  { code: '03', name: '回族', en: 'Hui' },
  { code: '04', name: '藏族', en: 'Tibetan' },
  { code: '05', name: '维吾尔族', en: 'Uyghur' },
  { code: '06', name: '苗族', en: 'Miao' },
  { code: '07', name: '彝族', en: 'Yi' },
  { code: '08', name: '壮族', en: 'Zhuang' },
  { code: '09', name: '布依族', en: 'Buyei' },
  { code: '10', name: '朝鲜族', en: 'Korean' },
  // ... 11-56 见 ethnic-options.full.js
  { code: '97', name: '其他', en: 'Other' },
  { code: '98', name: '外国血统中国籍人士', en: 'Foreign-origin Chinese citizen' },
];

export function ethnicLabel(code, lang = 'zh') {
  const opt = ETHNIC_OPTIONS.find((o) => o.code === code);
  if (!opt) return '';
  return lang === 'en' ? opt.en : opt.name;
}

// 表单校验:民族为必填项
export const ethnicRule = { required: true, message: '请选择民族' };
