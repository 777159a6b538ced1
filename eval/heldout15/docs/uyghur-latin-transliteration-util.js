/**
 * uyghur-translit - Convert Uyghur Arabic-script text (UEY) to Uyghur Latin script (ULY).
 * MIT licensed. No dependencies.
 */
'use strict';

const MAP = {
  '\u0627': 'a', '\u06D5': 'e', '\u0628': 'b', '\u067E': 'p', '\u062A': 't',
  '\u062C': 'j', '\u0686': 'ch', '\u062E': 'x', '\u062F': 'd', '\u0631': 'r',
  '\u0632': 'z', '\u0698': 'zh', '\u0633': 's', '\u0634': 'sh', '\u063A': 'gh',
  '\u0641': 'f', '\u0642': 'q', '\u0643': 'k', '\u06AF': 'g', '\u06AD': 'ng',
  '\u0644': 'l', '\u0645': 'm', '\u0646': 'n', '\u06BE': 'h', '\u0648': 'o',
  '\u06C7': 'u', '\u06C6': 'ö', '\u06C8': 'ü', '\u06CB': 'w', '\u06D0': 'ë',
  '\u0649': 'i', '\u064A': 'y',
};

const HAMZA = '\u0626';

function toLatin(text) {
  let out = '';
  for (const ch of text) {
    if (ch === HAMZA) continue; // hamza carrier is silent in ULY
    out += Object.prototype.hasOwnProperty.call(MAP, ch) ? MAP[ch] : ch;
  }
  return out;
}

module.exports = { toLatin };
