// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import officeAddins from "eslint-plugin-office-addins";

/**
 * Import directions (style.md): `plan` imports nothing of ours outside itself; adapters
 * import `plan`; front ends import `plan` and adapters, never each other.
 */
const zones = [
  {
    target: "./src/plan",
    from: "./src",
    except: ["./plan"],
    message: "src/plan är ren: den importerar inget annat av vårt.",
  },
  {
    target: "./src/xlsx",
    from: [
      "./src/excel",
      "./src/sharepoint",
      "./src/import",
      "./src/docx",
      "./src/cli",
      "./src/taskpane",
      "./src/preview",
    ],
    message: "Adaptrar importerar bara src/plan.",
  },
  {
    target: "./src/excel",
    from: [
      "./src/xlsx",
      "./src/sharepoint",
      "./src/import",
      "./src/docx",
      "./src/cli",
      "./src/taskpane",
      "./src/preview",
    ],
    message: "Adaptrar importerar bara src/plan.",
  },
  {
    target: "./src/sharepoint",
    from: [
      "./src/xlsx",
      "./src/excel",
      "./src/import",
      "./src/docx",
      "./src/cli",
      "./src/taskpane",
      "./src/preview",
    ],
    message: "Adaptrar importerar bara src/plan.",
  },
  {
    target: "./src/import",
    from: ["./src/excel", "./src/sharepoint", "./src/docx", "./src/cli", "./src/taskpane", "./src/preview"],
    message: "Importen importerar bara src/plan och src/xlsx.",
  },
  {
    target: "./src/docx",
    from: [
      "./src/xlsx",
      "./src/excel",
      "./src/sharepoint",
      "./src/import",
      "./src/cli",
      "./src/taskpane",
      "./src/preview",
    ],
    message: "Adaptrar importerar bara src/plan.",
  },
  {
    target: "./src/cli",
    from: ["./src/taskpane", "./src/preview", "./src/excel"],
    message: "Gränssnitt importerar inte varandra.",
  },
  {
    target: "./src/taskpane",
    from: ["./src/cli", "./src/preview"],
    message: "Gränssnitt importerar inte varandra.",
  },
  { target: "./src/preview", from: ["./src/cli"], message: "Gränssnitt importerar inte varandra." },
];

export default tseslint.config(
  { ignores: ["node_modules", "dist", "build", "coverage", "tests/artifacts", ".stryker-tmp", "reports"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Office.js appears only in the adapter (and the task pane's entry point, which starts it).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/excel/**", "src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Office.js hör hemma i src/excel." },
        { name: "Excel", message: "Office.js hör hemma i src/excel." },
        { name: "OfficeExtension", message: "Office.js hör hemma i src/excel." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]",
          message: "Office.js-typer hör hemma i src/excel.",
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/plan/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:*", "fs", "path", "os", "child_process"],
              message: "src/plan är ren: inga filer eller processer.",
            },
            {
              group: ["exceljs", "@pnp/*", "react", "react-dom", "@fluentui/*", "@azure/*"],
              message: "src/plan är ren: inga adaptrar eller UI.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "src/plan är ren: ingen nätverkstrafik." },
        { name: "Office", message: "src/plan är ren: inget Office.js." },
        { name: "Excel", message: "src/plan är ren: inget Office.js." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/plan är ren: ingen klocka; ta datumet som parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/plan är ren: ingen klocka; ta datumet som parameter.",
        },
      ],
    },
  },
  {
    files: [
      "scripts/**/*.mjs",
      "bin/**/*.js",
      "bench/**/*.mjs",
      "tests/**/*.mjs",
      "webpack.config.js",
      "stryker.config.mjs",
    ],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        performance: "readonly",
        setInterval: "readonly",
      },
    },
  },
);
