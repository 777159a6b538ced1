// src/i18n/locales.ts - languages offered in the Steppe Mail web client
export interface LocaleInfo {
  code: string;        // BCP 47
  english: string;
  native: string;
  rtl: boolean;
  keyboard?: string;   // default on-screen keyboard layout id
}

export const LOCALES: LocaleInfo[] = [
  { code: "en", english: "English", native: "English", rtl: false, keyboard: "us" },
  { code: "zh-Hans", english: "Chinese (Simplified)", native: "简体中文", rtl: false, keyboard: "pinyin" },
  { code: "ug", english: "Uyghur", native: "ئۇيغۇرچە", rtl: true, keyboard: "ug-arabic" },
  { code: "ug-Latn", english: "Uyghur (Latin)", native: "Uyghurche", rtl: false, keyboard: "ug-latin" },
  { code: "bo", english: "Tibetan", native: "བོད་སྐད་", rtl: false, keyboard: "bo-wylie" },
  { code: "kk", english: "Kazakh", native: "Қазақ тілі", rtl: false, keyboard: "kk-cyrillic" },
  { code: "mn-Mong", english: "Mongolian (traditional script)", native: "ᠮᠣᠩᠭᠣᠯ", rtl: false, keyboard: "mn-mong" },
  { code: "ky", english: "Kyrgyz", native: "Кыргызча", rtl: false, keyboard: "ky" },
];

export function byCode(code: string): LocaleInfo | undefined {
  return LOCALES.find((l) => l.code === code);
}
