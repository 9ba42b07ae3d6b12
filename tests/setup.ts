/**
 * Test-wide settings. Testing Library's find* queries wait 1 s by default; on a loaded
 * 2-core CI machine running the whole suite that is too short for a React update.
 */
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 5000 });
