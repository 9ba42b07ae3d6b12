/** The message catalog in use, from context; Swedish unless a host provides another. */
import { createContext, useContext } from "react";
import { sv, type Messages } from "./messages";

export const MessagesContext = createContext<Messages>(sv);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
