/** Who is writing: every row a mutation creates or changes records this id in created_by / updated_by. */
export interface Caller {
  id: string;
}
