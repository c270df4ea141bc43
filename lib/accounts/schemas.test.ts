import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  emergencyContactFields,
  patientRegistrationSchema,
  psychiatristRegistrationSchema,
  reminderFields,
  requireWholeEmergencyContact,
  signInSchema,
} from "./schemas";

// The exact words people see, copied from schemas.ts.
const M = {
  firstName: "Enter your first name",
  firstNameLong: "Your first name must be at most 100 characters",
  firstNameChars: "Your first name contains characters that are not allowed",
  lastName: "Enter your last name",
  lastNameLong: "Your last name must be at most 100 characters",
  lastNameChars: "Your last name contains characters that are not allowed",
  email: "Enter your email address",
  emailLong: "Your email address must be at most 254 characters",
  emailInvalid: "Enter a valid email address, like name@example.com",
  password: "Choose a password",
  passwordShort: "Your password must be at least 10 characters",
  passwordLong: "Your password must be at most 128 characters",
  passwordCommon: "This password is too common; choose one that is harder to guess",
  confirmPassword: "Repeat your password",
  mismatch: "The two passwords do not match",
  phone: "Enter your phone number",
  phoneInvalid: "Enter a valid phone number, like 020 7946 0018 or +44 20 7946 0018",
  postcode: "Enter your postcode",
  postcodeInvalid: "Enter a valid UK postcode, like SW1A 1AA",
  timezone: "Choose your time zone",
  timezoneInvalid: "Choose a valid time zone, like Europe/London",
  medicalNotesLong: "Medical notes must be at most 500 characters",
  contactName: "Enter your emergency contact's name",
  contactNameLong: "Your emergency contact's name must be at most 200 characters",
  contactNameChars: "Your emergency contact's name contains characters that are not allowed",
  contactPhone: "Enter your emergency contact's phone number",
  remindersOptIn: "Choose whether you want daily reminders",
  reminderTime: "Enter a time as HH:MM, like 07:30",
  registrationNumber: "Enter your BACP membership number",
  registrationNumberInvalid: "Enter your BACP membership number: 6 to 8 digits, like 012345",
  bio: "Write a short bio",
  bioShort: "Write a short bio of at least 20 characters",
  bioLong: "Your bio must be at most 1000 characters",
  signInPassword: "Enter your password",
};

const PASSWORD = "violet-anchor-drizzle-47";
const person = {
  firstName: "  Ann ",
  lastName: " Smith  ",
  email: "  Ann.Smith@Example.COM ",
  password: PASSWORD,
  confirmPassword: PASSWORD,
  phone: " 07911 123456 ",
  postcode: " sw1a1aa ",
  timezone: " Europe/London ",
};
const patient = { ...person, medicalNotes: "" };
const psychiatrist = { ...person, registrationNumber: " BACP 012345 ", bio: "  Twenty years in adult mental health.  " };

type Flat = { formErrors: string[]; fieldErrors: Record<string, string[]> };

/** The issues of a failed parse, as the forms show them; null when the input is accepted. */
function errors(schema: z.ZodType, input: unknown): Flat | null {
  const result = schema.safeParse(input);
  return result.success ? null : (z.flattenError(result.error) as Flat);
}

const without = (input: Record<string, unknown>, key: string) => {
  const { [key]: _dropped, ...rest } = input;
  return rest;
};

type Row = [label: string, overrides: Record<string, unknown>, field: string, message: string];

// Every rule on the fields both registration forms share.
const personRules: Row[] = [
  ["first name missing", { firstName: undefined }, "firstName", M.firstName],
  ["first name empty", { firstName: "" }, "firstName", M.firstName],
  ["first name blank", { firstName: "   " }, "firstName", M.firstName],
  ["first name not a string", { firstName: 42 }, "firstName", M.firstName],
  ["first name 101 characters", { firstName: "a".repeat(101) }, "firstName", M.firstNameLong],
  ["first name with NUL", { firstName: "A\u0000nn" }, "firstName", M.firstNameChars],
  ["first name with a newline inside", { firstName: "An\nn" }, "firstName", M.firstNameChars],
  ["first name with DEL", { firstName: "Ann\u007f" }, "firstName", M.firstNameChars],
  ["last name missing", { lastName: undefined }, "lastName", M.lastName],
  ["last name empty", { lastName: "" }, "lastName", M.lastName],
  ["last name not a string", { lastName: null }, "lastName", M.lastName],
  ["last name 101 characters", { lastName: "b".repeat(101) }, "lastName", M.lastNameLong],
  ["last name with a control character", { lastName: "Sm\u001bith" }, "lastName", M.lastNameChars],
  ["email missing", { email: undefined }, "email", M.email],
  ["email empty", { email: "" }, "email", M.email],
  ["email blank", { email: "   " }, "email", M.email],
  ["email not a string", { email: 42 }, "email", M.email],
  ["email without @", { email: "ann.example.com" }, "email", M.emailInvalid],
  ["email without domain", { email: "ann@" }, "email", M.emailInvalid],
  ["email without local part", { email: "@example.com" }, "email", M.emailInvalid],
  ["email with a space", { email: "ann smith@example.com" }, "email", M.emailInvalid],
  ["email 255 characters", { email: `${"a".repeat(243)}@example.com` }, "email", M.emailLong],
  ["password missing", { password: undefined }, "password", M.password],
  ["password 9 characters", { password: "Xk3-vq9Lm", confirmPassword: "Xk3-vq9Lm" }, "password", M.passwordShort],
  ["password 129 characters", { password: `${"ab".repeat(64)}c`, confirmPassword: `${"ab".repeat(64)}c` }, "password", M.passwordLong],
  ["password common", { password: "qwertyuiop", confirmPassword: "qwertyuiop" }, "password", M.passwordCommon],
  ["password common in capitals", { password: "PASSWORD123", confirmPassword: "PASSWORD123" }, "password", M.passwordCommon],
  ["password one repeated letter", { password: "zzzzzzzzzzzz", confirmPassword: "zzzzzzzzzzzz" }, "password", M.passwordCommon],
  ["confirmation missing", { confirmPassword: undefined }, "confirmPassword", M.confirmPassword],
  ["confirmation not a string", { confirmPassword: 42 }, "confirmPassword", M.confirmPassword],
  ["confirmation different", { confirmPassword: "violet-anchor-drizzle-48" }, "confirmPassword", M.mismatch],
  ["confirmation with a trailing space", { confirmPassword: `${PASSWORD} ` }, "confirmPassword", M.mismatch],
  ["confirmation in other case", { confirmPassword: PASSWORD.toUpperCase() }, "confirmPassword", M.mismatch],
  ["phone missing", { phone: undefined }, "phone", M.phone],
  ["phone empty", { phone: "" }, "phone", M.phone],
  ["phone blank", { phone: "  " }, "phone", M.phone],
  ["phone not a string", { phone: 7911123456 }, "phone", M.phone],
  ["phone too short", { phone: "123" }, "phone", M.phoneInvalid],
  ["phone letters", { phone: "call me maybe" }, "phone", M.phoneInvalid],
  ["phone 31 characters", { phone: "0".repeat(31) }, "phone", M.phoneInvalid],
  ["postcode missing", { postcode: undefined }, "postcode", M.postcode],
  ["postcode empty", { postcode: "" }, "postcode", M.postcode],
  ["postcode not a string", { postcode: 12345 }, "postcode", M.postcode],
  ["postcode digits", { postcode: "12345" }, "postcode", M.postcodeInvalid],
  ["postcode with C in the inward code", { postcode: "SW1A 1CA" }, "postcode", M.postcodeInvalid],
  ["postcode too long", { postcode: "SW1A 1AA 1AA" }, "postcode", M.postcodeInvalid],
  ["time zone missing", { timezone: undefined }, "timezone", M.timezone],
  ["time zone not a string", { timezone: 0 }, "timezone", M.timezone],
  ["time zone empty", { timezone: "" }, "timezone", M.timezoneInvalid],
  ["time zone unknown", { timezone: "Mars/Olympus" }, "timezone", M.timezoneInvalid],
  ["time zone as an offset", { timezone: "+01:00" }, "timezone", M.timezoneInvalid],
];

describe.each([
  ["patientRegistrationSchema", patientRegistrationSchema, patient],
  ["psychiatristRegistrationSchema", psychiatristRegistrationSchema, psychiatrist],
] as const)("%s: shared person fields", (_name, schema, valid) => {
  it.each(personRules)("rejects %s with its own message", (_label, overrides, field, message) => {
    expect(errors(schema, { ...valid, ...overrides })).toEqual({ formErrors: [], fieldErrors: { [field]: [message] } });
  });

  it("accepts the phone numbers its own error message gives as examples", () => {
    const examples = /like (.+) or (.+)$/.exec(M.phoneInvalid)?.slice(1) ?? [];
    expect(examples).toHaveLength(2);
    for (const example of examples) {
      expect(errors(schema, { ...valid, phone: example })).toBeNull();
    }
  });

  it("accepts names of exactly 100 characters once trimmed", () => {
    const name = "n".repeat(100);
    expect(errors(schema, { ...valid, firstName: ` ${name} `, lastName: name })).toBeNull();
  });

  it("shows both messages for a short password that is also one repeated letter", () => {
    const pw = "aaaaaaaaa";
    expect(errors(schema, { ...valid, password: pw, confirmPassword: pw })?.fieldErrors).toEqual({
      password: [M.passwordShort, M.passwordCommon],
    });
  });

  it("still points out a mismatch when another field is wrong too", () => {
    expect(errors(schema, { ...valid, firstName: "", confirmPassword: "something else" })?.fieldErrors).toEqual({
      firstName: [M.firstName],
      confirmPassword: [M.mismatch],
    });
  });

  it("reports every field of an empty object without throwing", () => {
    expect(errors(schema, {})?.fieldErrors).toMatchObject({
      firstName: [M.firstName],
      lastName: [M.lastName],
      email: [M.email],
      password: [M.password],
      confirmPassword: [M.confirmPassword],
      phone: [M.phone],
      postcode: [M.postcode],
      timezone: [M.timezone],
    });
  });

  it.each([null, "a string", 42, []])("refuses a non-object (%j) as a form error, without throwing", (input) => {
    const result = errors(schema, input);
    expect(result?.fieldErrors).toEqual({});
    expect(result?.formErrors).toHaveLength(1);
  });
});

describe("patientRegistrationSchema", () => {
  it("normalises a valid registration", () => {
    expect(patientRegistrationSchema.parse(patient)).toEqual({
      firstName: "Ann",
      lastName: "Smith",
      email: "ann.smith@example.com",
      password: PASSWORD,
      confirmPassword: PASSWORD,
      phone: "+447911123456",
      postcode: "SW1A 1AA",
      timezone: "Europe/London",
      medicalNotes: null,
      emergencyContactName: null,
      emergencyContactPhone: null,
      remindersOptIn: false,
      reminderTime: null,
    });
  });

  it("never trims or changes the password", () => {
    const pw = `  ${PASSWORD}  `;
    const out = patientRegistrationSchema.parse({ ...patient, password: pw, confirmPassword: pw });
    expect(out.password).toBe(pw);
  });

  it.each([
    ["empty", "", null],
    ["blank", "   ", null],
    ["left out", undefined, null],
    ["padded", "  Takes sertraline.  ", "Takes sertraline."],
    ["500 characters", "x".repeat(500), "x".repeat(500)],
  ])("stores medical notes that are %s as %j", (_label, medicalNotes, expected) => {
    const input = medicalNotes === undefined ? without(patient, "medicalNotes") : { ...patient, medicalNotes };
    expect(patientRegistrationSchema.parse(input).medicalNotes).toBe(expected);
  });

  it("rejects medical notes of 501 characters", () => {
    expect(errors(patientRegistrationSchema, { ...patient, medicalNotes: "x".repeat(501) })).toEqual({
      formErrors: [],
      fieldErrors: { medicalNotes: [M.medicalNotesLong] },
    });
  });

  it.each([42, null])("rejects medical notes of the wrong type (%j) on their own field", (medicalNotes) => {
    const fieldErrors = errors(patientRegistrationSchema, { ...patient, medicalNotes })?.fieldErrors;
    expect(Object.keys(fieldErrors ?? {})).toEqual(["medicalNotes"]);
    expect(fieldErrors?.medicalNotes).toHaveLength(1);
  });
});

describe("patientRegistrationSchema: emergency contact", () => {
  const contact = { ...patient, emergencyContactName: "  Sam Jones ", emergencyContactPhone: " 020 7946 0018 " };

  it.each([
    ["a UK number without +44", "020 7946 0018", "+442079460018"],
    ["a UK mobile", "07911 123456", "+447911123456"],
    ["an international number", "+33 1 42 68 53 00", "+33142685300"],
  ])("stores a contact with %s, the phone in E.164", (_label, emergencyContactPhone, expected) => {
    expect(patientRegistrationSchema.parse({ ...contact, emergencyContactPhone })).toMatchObject({
      emergencyContactName: "Sam Jones",
      emergencyContactPhone: expected,
    });
  });

  it.each([
    ["left out", without(without(contact, "emergencyContactName"), "emergencyContactPhone")],
    ["empty", { ...contact, emergencyContactName: "", emergencyContactPhone: "" }],
    ["blank", { ...contact, emergencyContactName: "   ", emergencyContactPhone: "  " }],
  ])("stores no contact when both halves are %s", (_label, input) => {
    expect(patientRegistrationSchema.parse(input)).toMatchObject({ emergencyContactName: null, emergencyContactPhone: null });
  });

  it("accepts a name of exactly 200 characters once trimmed", () => {
    const name = "n".repeat(200);
    expect(patientRegistrationSchema.parse({ ...contact, emergencyContactName: ` ${name} ` }).emergencyContactName).toBe(name);
  });

  it.each<Row>([
    ["a phone number without a name", { emergencyContactName: "" }, "emergencyContactName", M.contactName],
    ["a phone number with a blank name", { emergencyContactName: "   " }, "emergencyContactName", M.contactName],
    ["a phone number and no name at all", { emergencyContactName: undefined }, "emergencyContactName", M.contactName],
    ["a name without a phone number", { emergencyContactPhone: "" }, "emergencyContactPhone", M.contactPhone],
    ["a name and no phone number at all", { emergencyContactPhone: undefined }, "emergencyContactPhone", M.contactPhone],
    ["a phone number too short", { emergencyContactPhone: "123" }, "emergencyContactPhone", M.phoneInvalid],
    ["a phone number of letters", { emergencyContactPhone: "call me maybe" }, "emergencyContactPhone", M.phoneInvalid],
    ["a phone number of 31 characters", { emergencyContactPhone: "0".repeat(31) }, "emergencyContactPhone", M.phoneInvalid],
    ["a phone number that is not text", { emergencyContactPhone: 2079460018 }, "emergencyContactPhone", M.phoneInvalid],
    ["a name of 201 characters", { emergencyContactName: "n".repeat(201) }, "emergencyContactName", M.contactNameLong],
    ["a name with a control character", { emergencyContactName: "Sam\u0000" }, "emergencyContactName", M.contactNameChars],
    ["a name that is not text", { emergencyContactName: 42 }, "emergencyContactName", M.contactName],
  ])("rejects %s with its own message, on its own field", (_label, overrides, field, message) => {
    expect(errors(patientRegistrationSchema, { ...contact, ...overrides })).toEqual({ formErrors: [], fieldErrors: { [field]: [message] } });
  });

  it("asks for the name too when the only half given is a bad phone number", () => {
    expect(errors(patientRegistrationSchema, { ...patient, emergencyContactPhone: "12" })?.fieldErrors).toEqual({
      emergencyContactName: [M.contactName],
      emergencyContactPhone: [M.phoneInvalid],
    });
  });

  it("still asks for the missing half when another field is wrong too", () => {
    expect(errors(patientRegistrationSchema, { ...patient, firstName: "", emergencyContactName: "Sam" })?.fieldErrors).toEqual({
      firstName: [M.firstName],
      emergencyContactPhone: [M.contactPhone],
    });
  });

  it("can be reused on a schema of its own, such as a later account page's", () => {
    const schema = requireWholeEmergencyContact(z.object(emergencyContactFields));
    expect(schema.parse({ emergencyContactName: "Sam", emergencyContactPhone: "07911 123456" })).toEqual({
      emergencyContactName: "Sam",
      emergencyContactPhone: "+447911123456",
    });
    expect(errors(schema, { emergencyContactPhone: "07911 123456" })?.fieldErrors).toEqual({ emergencyContactName: [M.contactName] });
  });
});

describe("patientRegistrationSchema: daily reminder", () => {
  it.each([
    ["ticked in a posted form", "on", true],
    ["unticked in a posted form (left out)", undefined, false],
    ["ticked in the browser's form state", true, true],
    ["unticked in the browser's form state", false, false],
  ])("reads a checkbox %s as %j", (_label, remindersOptIn, expected) => {
    const input = remindersOptIn === undefined ? patient : { ...patient, remindersOptIn };
    expect(patientRegistrationSchema.parse(input).remindersOptIn).toBe(expected);
  });

  it.each(["yes", "true", "off", "", 1, null])("rejects a checkbox value of %j", (remindersOptIn) => {
    expect(errors(patientRegistrationSchema, { ...patient, remindersOptIn })).toEqual({
      formErrors: [],
      fieldErrors: { remindersOptIn: [M.remindersOptIn] },
    });
  });

  it.each([
    ["a time", "07:30", "07:30"],
    ["a padded time", " 19:05 ", "19:05"],
    ["midnight", "00:00", "00:00"],
    ["the last minute of the day", "23:59", "23:59"],
    ["an empty time (the service default)", "", null],
    ["no time at all", undefined, null],
  ])("stores %s as %j", (_label, reminderTime, expected) => {
    const input = reminderTime === undefined ? patient : { ...patient, remindersOptIn: "on", reminderTime };
    expect(patientRegistrationSchema.parse(input).reminderTime).toBe(expected);
  });

  it.each(["7:30", "24:00", "19:60", "07:30:00", "0730", "7pm", 730])("rejects a reminder time of %j", (reminderTime) => {
    expect(errors(patientRegistrationSchema, { ...patient, reminderTime })).toEqual({
      formErrors: [],
      fieldErrors: { reminderTime: [M.reminderTime] },
    });
  });

  it("can be reused on a schema of its own", () => {
    expect(z.object(reminderFields).parse({ remindersOptIn: "on", reminderTime: "08:15" })).toEqual({ remindersOptIn: true, reminderTime: "08:15" });
  });
});

describe("psychiatristRegistrationSchema", () => {
  it("normalises a valid registration", () => {
    expect(psychiatristRegistrationSchema.parse(psychiatrist)).toEqual({
      firstName: "Ann",
      lastName: "Smith",
      email: "ann.smith@example.com",
      password: PASSWORD,
      confirmPassword: PASSWORD,
      phone: "+447911123456",
      postcode: "SW1A 1AA",
      timezone: "Europe/London",
      registrationNumber: "012345",
      bio: "Twenty years in adult mental health.",
    });
  });

  it.each([
    ["bacp-01234567", "01234567"],
    ["1234567", "1234567"],
  ])("stores registration number %j as %j", (registrationNumber, expected) => {
    expect(psychiatristRegistrationSchema.parse({ ...psychiatrist, registrationNumber }).registrationNumber).toBe(expected);
  });

  it.each([
    ["exactly 20 characters once trimmed", `  ${"b".repeat(20)}  `, "b".repeat(20)],
    ["exactly 1000 characters", "b".repeat(1000), "b".repeat(1000)],
  ])("accepts a bio of %s", (_label, bio, expected) => {
    expect(psychiatristRegistrationSchema.parse({ ...psychiatrist, bio }).bio).toBe(expected);
  });

  it.each<Row>([
    ["registration number missing", { registrationNumber: undefined }, "registrationNumber", M.registrationNumber],
    ["registration number empty", { registrationNumber: "" }, "registrationNumber", M.registrationNumber],
    ["registration number not a string", { registrationNumber: 12345678 }, "registrationNumber", M.registrationNumber],
    ["registration number of 5 digits", { registrationNumber: "12345" }, "registrationNumber", M.registrationNumberInvalid],
    ["registration number of 9 digits", { registrationNumber: "123456789" }, "registrationNumber", M.registrationNumberInvalid],
    ["registration number prefix only", { registrationNumber: "BACP" }, "registrationNumber", M.registrationNumberInvalid],
    ["registration number too long", { registrationNumber: "1".repeat(21) }, "registrationNumber", M.registrationNumberInvalid],
    ["bio missing", { bio: undefined }, "bio", M.bio],
    ["bio not a string", { bio: 42 }, "bio", M.bio],
    ["bio empty", { bio: "" }, "bio", M.bioShort],
    ["bio of 19 characters once trimmed", { bio: `   ${"b".repeat(19)}   ` }, "bio", M.bioShort],
    ["bio of 1001 characters", { bio: "b".repeat(1001) }, "bio", M.bioLong],
  ])("rejects %s with its own message", (_label, overrides, field, message) => {
    expect(errors(psychiatristRegistrationSchema, { ...psychiatrist, ...overrides })).toEqual({
      formErrors: [],
      fieldErrors: { [field]: [message] },
    });
  });

  it("asks for a registration number and a bio when both are left out", () => {
    const input = without(without(psychiatrist, "registrationNumber"), "bio");
    expect(errors(psychiatristRegistrationSchema, input)?.fieldErrors).toEqual({
      registrationNumber: [M.registrationNumber],
      bio: [M.bio],
    });
  });
});

describe("signInSchema", () => {
  it("normalises the email and leaves the password exactly as typed", () => {
    expect(signInSchema.parse({ email: " Ann@Example.COM ", password: " p4ss " })).toEqual({
      email: "ann@example.com",
      password: " p4ss ",
    });
  });

  it.each(["short", "password123", "a".repeat(512)])("does not apply new-password rules to %j", (password) => {
    expect(signInSchema.safeParse({ email: "ann@example.com", password }).success).toBe(true);
  });

  it.each<Row>([
    ["email missing", { email: undefined }, "email", M.email],
    ["email empty", { email: " " }, "email", M.email],
    ["email invalid", { email: "ann" }, "email", M.emailInvalid],
    ["email 255 characters", { email: `${"a".repeat(243)}@example.com` }, "email", M.emailLong],
    ["password missing", { password: undefined }, "password", M.signInPassword],
    ["password empty", { password: "" }, "password", M.signInPassword],
    ["password not a string", { password: 1234 }, "password", M.signInPassword],
  ])("rejects %s with its own message", (_label, overrides, field, message) => {
    expect(errors(signInSchema, { email: "ann@example.com", password: "pw", ...overrides })).toEqual({
      formErrors: [],
      fieldErrors: { [field]: [message] },
    });
  });

  it("rejects a password longer than 512 characters on the password field", () => {
    const fieldErrors = errors(signInSchema, { email: "ann@example.com", password: "a".repeat(513) })?.fieldErrors;
    expect(Object.keys(fieldErrors ?? {})).toEqual(["password"]);
  });
});
