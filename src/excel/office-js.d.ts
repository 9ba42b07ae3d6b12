// The Excel JavaScript API's types (@types/office-js) for the add-in's code. Only src/excel
// (and the task pane's entry point) may use the `Excel` and `Office` globals; ESLint enforces it.
/// <reference types="office-js" />
