// Which events stored reports tell: for an actor's page, the events its reports describe even when no actor
// is named in them (an indictment of "two Chinese nationals" in a report about APT10).
export interface EventReportStore {
  /** The ids of the events told by any of these reports (each once). */
  eventIdsOfReports(reportIds: readonly string[]): Promise<string[]>;
}
