/** One column of a dashboard table: its header, the text of a cell (also its CSV value), an optional link. */
export interface DashboardColumn<Row> {
  title: string;
  text: (row: Row) => string | number;
  link?: (row: Row) => string | null;
}
