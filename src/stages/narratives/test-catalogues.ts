// Catalogue entries (YAML, the minimal format) that several narratives tests read, in catalogue-en's wording: one
// copy, so the tests of one narrative read the same entry.

export const WEST_CREATED_ISIS = `- id: west-created-isis
  title: The US/West created ISIS
  description: The United States and its allies created, fund or protect the Islamic State.
  examples:
    - The United States created ISIS
    - ISIS is an American project created by Washington
    - The US and NATO finance and arm Islamic State terrorists
`;

export const LAB_VIRUS = `- id: lab-virus
  title: COVID-19 is a US biological weapon
  description: The coronavirus was created in American laboratories as a biological weapon.
  examples:
    - The coronavirus is a biological weapon created by the United States
    - COVID-19 was developed in an American military laboratory
    - The US spread the virus in China
`;
