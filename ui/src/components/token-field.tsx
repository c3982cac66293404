// The field for the bearer token that writes need; kept in this tab's session storage only.
import { useState } from "react";
import { readToken, saveToken } from "../token.ts";

export function TokenField({ onChange }: { onChange?: (token: string) => void }) {
  const [token, setToken] = useState(readToken);
  return (
    <div>
      <label htmlFor="token">Bearer token (writes need the token given to espial serve)</label>
      <input
        id="token"
        type="password"
        autoComplete="off"
        value={token}
        size={40}
        onChange={(e) => {
          setToken(e.target.value);
          saveToken(e.target.value.trim());
          onChange?.(e.target.value.trim());
        }}
      />
    </div>
  );
}
