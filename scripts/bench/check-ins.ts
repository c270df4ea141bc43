/**
 * Check-ins under load: many signed-in patients submitting Today's form through its server
 * action, each request from the next patient in turn. A patient's first submission of the day
 * makes their entry, later ones edit it (a revision each), as a changed mind does.
 */
import { actionBody } from "../http/browser-session";
import { checkInSaved, type PatientClient } from "../faults/patient-clients";
import { runLoad, type LoadResult } from "./load";

/** Each patient's form bodies, prepared before the clock starts: the note differs each time. */
async function encodedBodies(client: PatientClient, count: number): Promise<{ body: Buffer; type: string }[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const encoded = new Response(actionBody({ mood: String(4 + (n % 4)), note: `Benchmark check-in ${n} from ${client.email}`, minutes: "10" }));
      return { body: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get("content-type")! };
    }),
  );
}

export async function measureCheckIns(
  baseUrl: string,
  clients: PatientClient[],
  load: { seconds: number; connections: number; perPatient: number },
): Promise<LoadResult> {
  const bodies = await Promise.all(clients.map((client) => encodedBodies(client, load.perPatient)));
  let sent = 0;
  return runLoad({
    baseUrl,
    seconds: load.seconds,
    connections: load.connections,
    request: () => {
      const patient = sent % clients.length;
      const { body, type } = bodies[patient][Math.floor(sent / clients.length) % load.perPatient];
      sent++;
      const client = clients[patient];
      return { method: "POST", path: "/today", headers: { ...client.session.actionHeaders(client.checkInAction), "content-type": type }, body };
    },
    succeeded: (status, headers) => checkInSaved(status, headers["x-action-redirect"]),
  });
}
