/** Reading a method's arguments as the client sent them; a wrong one is Excel's InvalidArgument. */
import { invalidArgument } from "../host-error";
import { HostNode, type HostType } from "../host-types";

export function stringArg(args: readonly unknown[], i: number, where: string): string {
  const value = args[i];
  if (typeof value !== "string") throw invalidArgument(where, `Argument ${i + 1} must be text.`);
  return value;
}

export function optionalString(args: readonly unknown[], i: number, where: string): string | undefined {
  return args[i] === undefined || args[i] === null ? undefined : stringArg(args, i, where);
}

export function numberArg(args: readonly unknown[], i: number, where: string): number {
  const value = args[i];
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw invalidArgument(where, `Argument ${i + 1} must be a whole number.`);
  }
  return value;
}

export function optionalNumber(args: readonly unknown[], i: number, where: string, fallback: number): number {
  return args[i] === undefined || args[i] === null ? fallback : numberArg(args, i, where);
}

export function booleanArg(args: readonly unknown[], i: number, fallback: boolean): boolean {
  const value = args[i];
  return value === undefined || value === null ? fallback : Boolean(value);
}

/** An object passed by its path (`ReferencedObjectPathIds`), of the given type. */
export function nodeOf<T>(value: unknown, type: HostType<T>): T | null {
  return value instanceof HostNode && value.type === (type as HostType<unknown>) ? (value.target as T) : null;
}
