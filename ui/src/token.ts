// The bearer token writes need (POST /api/ingest, review decisions), kept for this browser tab only.
const KEY = "espial-token";

export const readToken = (): string => sessionStorage.getItem(KEY) ?? "";
export const saveToken = (token: string): void => {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
};
