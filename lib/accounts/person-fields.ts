/** What every account holds about its person, already validated and normalised. */
export type PersonFields = {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  timezone: string;
};
