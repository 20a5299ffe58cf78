// Validates every object of the given multi-document YAML/JSON files against the Kubernetes OpenAPI
// schemas shipped by the npm package kubernetes-models (Kubernetes v1.36.0) and, for the Prometheus
// Operator kinds, by @kubernetes-models/prometheus-operator.
//
// Two checks per object:
//   1. the package's compiled JSON-schema validator (types, required fields, enums, formats);
//   2. a strict unknown-field check (like kubeconform -strict / kubectl --validate=strict): every key
//      must be a property of the schema type at that place. The property lists are read from the
//      package's type declarations (.d.ts), which are generated from the same OpenAPI document.
// Input is JSON (one array of objects per file: k8s/check.sh converts YAML with PyYAML), so that this
// script needs nothing but the two packages above.
//
// Usage: node validate.mjs rendered.json [...]   exit 0 when every object is valid, 1 otherwise.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, "node_modules");
const PACKAGES = {
  core: "kubernetes-models",
  apimachinery: "@kubernetes-models/apimachinery",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

// ---- property index from the .d.ts files -------------------------------------------------------
const interfaces = new Map(); // type name -> Map(prop -> type expression)
const aliases = new Map();    // alias name -> type expression

function* dtsFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") yield* dtsFiles(p);
    } else if (entry.name.endsWith(".d.ts")) {
      yield p;
    }
  }
}

function indexFile(file) {
  let text = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  // Maps ("{ [key: string]: T; }") become Map<T>.
  text = text.replace(/\{\s*\[key: string\]:\s*([^;{}]+);\s*\}/g, (_, t) => `Map<${t.trim()}>`);
  const local = new Map();
  for (const m of text.matchAll(/export interface (\w+)(?:\s+extends\s+[^{]+)?\s*\{([\s\S]*?)\n\}/g)) {
    const props = new Map();
    for (const p of m[2].matchAll(/^\s*"([^"]+)"\??:\s*([^;]+);/gm)) props.set(p[1], p[2].trim());
    local.set(m[1], props);
    interfaces.set(m[1], props);
  }
  for (const m of text.matchAll(/export type \{([^}]*)\}/g)) {
    for (const part of m[1].split(",")) {
      const [from, to] = part.split(/\s+as\s+/).map((s) => s && s.trim());
      if (from && to && local.has(from)) interfaces.set(to, local.get(from));
    }
  }
  for (const m of text.matchAll(/export type (\w+)\s*=\s*([^;]+);/g)) aliases.set(m[1], m[2].trim());
}

for (const pkg of new Set(Object.values(PACKAGES))) {
  for (const f of dtsFiles(path.join(modules, pkg))) indexFile(f);
}

function resolve(typeExpr, depth = 0) {
  // -> {kind: "object", props} | {kind: "array", item} | {kind: "map", value} | {kind: "leaf"}
  const t = typeExpr.trim();
  let m;
  if ((m = /^Array<(.+)>$/.exec(t))) return { kind: "array", item: m[1] };
  if ((m = /^Map<(.+)>$/.exec(t))) return { kind: "map", value: m[1] };
  if (interfaces.has(t)) return { kind: "object", props: interfaces.get(t) };
  if (aliases.has(t) && depth < 10) return resolve(aliases.get(t), depth + 1);
  return { kind: "leaf" };
}

function unknownFields(value, typeExpr, at, out) {
  if (value === null || typeof value !== "object") return;
  const r = resolve(typeExpr);
  if (r.kind === "array" && Array.isArray(value)) {
    value.forEach((v, i) => unknownFields(v, r.item, `${at}[${i}]`, out));
  } else if (r.kind === "map" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) unknownFields(v, r.value, `${at}.${k}`, out);
  } else if (r.kind === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (!r.props.has(k)) out.push(`${at}.${k}: unknown field`);
      else unknownFields(v, r.props.get(k), `${at}.${k}`, out);
    }
  }
}

// ---- API versions that Kubernetes v1.36 no longer serves (the package keeps their schemas) -------
// From the Kubernetes deprecated API migration guide.
const REMOVED = {
  "extensions/v1beta1": "*", "apps/v1beta1": "*", "apps/v1beta2": "*",
  "autoscaling/v2beta1": "*", "autoscaling/v2beta2": "*", "policy/v1beta1": "*", "batch/v1beta1": "*",
  "rbac.authorization.k8s.io/v1beta1": "*", "apiextensions.k8s.io/v1beta1": "*",
  "apiregistration.k8s.io/v1beta1": "*", "discovery.k8s.io/v1beta1": "*", "events.k8s.io/v1beta1": "*",
  "node.k8s.io/v1beta1": "*", "scheduling.k8s.io/v1beta1": "*", "coordination.k8s.io/v1beta1": "*",
  "flowcontrol.apiserver.k8s.io/v1beta1": "*", "flowcontrol.apiserver.k8s.io/v1beta2": "*",
  "flowcontrol.apiserver.k8s.io/v1beta3": "*",
  "networking.k8s.io/v1beta1": ["Ingress", "IngressClass"],
  "certificates.k8s.io/v1beta1": ["CertificateSigningRequest"],
  "admissionregistration.k8s.io/v1beta1": ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"],
  "storage.k8s.io/v1beta1": ["CSIStorageCapacity", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment"],
};
function removedApi(apiVersion, kind) {
  const r = REMOVED[apiVersion];
  return r === "*" || (Array.isArray(r) && r.includes(kind));
}

// ---- model classes -----------------------------------------------------------------------------
async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = PACKAGES[group] ?? PACKAGES.core;
  const file = path.join(modules, pkg, apiVersion, `${kind}.js`);
  if (!fs.existsSync(file)) return null;
  const mod = await import(pathToFileURL(file).href);
  return mod[kind] ?? null;
}

function topLevelType(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = PACKAGES[group] ?? PACKAGES.core;
  const file = path.join(modules, pkg, apiVersion, `${kind}.d.ts`);
  const text = fs.readFileSync(file, "utf8");
  const m = /export type \{ I\w+ as (\w+),/.exec(text);
  return m ? m[1] : `I${kind}`;
}

// ---- main --------------------------------------------------------------------------------------
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs rendered.json [...]");
  process.exit(2);
}
let failures = 0;
let checked = 0;
for (const file of files) {
  const objects = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const obj of objects) {
    const id = `${path.basename(file)}: ${obj?.kind}/${obj?.metadata?.name}`;
    if (!obj || typeof obj.apiVersion !== "string" || typeof obj.kind !== "string") {
      console.log(`FAIL ${id}: apiVersion and kind are required`);
      failures++;
      continue;
    }
    if (removedApi(obj.apiVersion, obj.kind)) {
      console.log(`FAIL ${id}: ${obj.apiVersion} ${obj.kind} is not served by Kubernetes v1.36`);
      failures++;
      continue;
    }
    const Model = await modelFor(obj.apiVersion, obj.kind);
    if (!Model) {
      console.log(`FAIL ${id}: no schema for ${obj.apiVersion} ${obj.kind} (unknown or removed API)`);
      failures++;
      continue;
    }
    const errors = [];
    try {
      new Model(structuredClone(obj)).validate();
    } catch (e) {
      errors.push(...String(e.message).split(/,\s*(?=data)/));
    }
    unknownFields(obj, topLevelType(obj.apiVersion, obj.kind), "", errors);
    checked++;
    if (errors.length) {
      failures++;
      for (const e of errors) console.log(`FAIL ${id}: ${e}`);
    }
  }
}
console.log(`schema: ${checked} objects checked against Kubernetes v1.36.0 schemas (kubernetes-models 5.1.0), ${failures} invalid`);
process.exit(failures ? 1 : 0);
