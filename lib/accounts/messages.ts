export const EMAIL_TAKEN = "An account with this email already exists";
export const REGISTRATION_NUMBER_TAKEN = "This BACP membership number is already registered";
export const NO_PSYCHIATRIST_AVAILABLE =
  "We cannot register new patients right now because no psychiatrist is free to take them. " +
  "Please try again later. If you need help now, call NHS 111 or Samaritans on 116 123.";
