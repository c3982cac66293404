// Which events stored reports tell: for an actor's page, the events its reports describe even when no actor
// is named in them (an indictment of "two Chinese nationals" in a report about APT10).
export interface EventReportStore {
  /**
   * The ids of the events told by the documents naming this actor or an actor merged into it (their latest
   * versions), each once: read through the actor's index, not its reports.
   */
  eventIdsOfActorReports(actorKey: string): Promise<string[]>;
}
