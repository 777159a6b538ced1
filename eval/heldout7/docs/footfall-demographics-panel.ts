// src/panels/footfall-demographics-panel.ts
// Renders the "Who visited" panel from the nightly export of the Optica Vision analytics API.
import { Chart } from "../lib/chart";
import { fetchJson } from "../lib/http";

interface OpticaFace {
  trackId: string;
  firstSeen: string;
  dwellSeconds: number;
  attributes: {
    ageBand?: string;
    gender?: { value: "female" | "male"; confidence: number };
    ethnicity?: { value: string; confidence: number };
  };
}

interface OpticaExport {
  storeId: string;
  day: string;
  faces: OpticaFace[];
}

const MIN_CONFIDENCE = 0.6;

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export async function renderDemographicsPanel(el: HTMLElement, storeId: string, day: string): Promise<void> {
  const data = await fetchJson<OpticaExport>(
    `https://api.optica-vision.example/v1/stores/${storeId}/exports/${day}?fields=ageBand,gender,ethnicity`,
  );
  const faces = data.faces.filter((f) => (f.attributes.gender?.confidence ?? 0) >= MIN_CONFIDENCE);

  const byAge = countBy(faces, (f) => f.attributes.ageBand ?? "unknown");
  const byGender = countBy(faces, (f) => f.attributes.gender?.value ?? "unknown");
  const byEthnicity = countBy(faces, (f) => f.attributes.ethnicity?.value ?? "unknown");

  el.innerHTML = "";
  new Chart(el, { title: "Age band", type: "bar", data: byAge });
  new Chart(el, { title: "Gender", type: "donut", data: byGender });
  new Chart(el, { title: "Ethnicity", type: "donut", data: byEthnicity });
}
