// The six demo people of samples/tingbjerg-husum.network.json that the Agents Playground can
// sign in as, one per role. Their aadObjectIds are fixed in the network file.
export const demoUsers = {
  frontline: { id: 'p-frontline-demo', name: 'Sara Nielsen', aadObjectId: '00000000-0000-0000-0000-0000000000f1', role: 'frontline worker' },
  chair: { id: 'p-chair-demo', name: 'Mikkel Hansen', aadObjectId: '00000000-0000-0000-0000-0000000000c1', role: 'forum chair (Fritidsjobnetværket)' },
  manager: { id: 'p-manager-demo', name: 'Lene Andersen', aadObjectId: '00000000-0000-0000-0000-0000000000a1', role: 'manager' },
  admin: { id: 'p-admin-demo', name: 'Oliver Bennett', aadObjectId: '00000000-0000-0000-0000-0000000000ad', role: 'administrator' },
  volunteer: { id: 'p-volunteer-demo', name: 'Yasmin Ahmadi', aadObjectId: '00000000-0000-0000-0000-0000000000e1', role: 'civil-society volunteer' },
  police: { id: 'p-police-demo', name: 'Jonas Kristensen', aadObjectId: '00000000-0000-0000-0000-0000000000b1', role: 'police officer (SSP)' },
};

export const playgroundTenantId = '6b1f0e3a-2d4c-4e8f-9a7b-1c2d3e4f5a6b';
export const playgroundBotId = '28:forumbot-playground';

const userYaml = (key, u) => {
  const [givenName, ...rest] = u.name.split(' ');
  const mail = `${key}@tingbjerg-husum.example`;
  return `{ id: "29:${u.id}", name: "${u.name}", userPrincipleName: "${mail}", aadObjectId: "${u.aadObjectId}", givenName: "${givenName}", surname: "${rest.join(' ')}", email: "${mail}" }`;
};

/** The Playground's configuration with `current` signed in and the other five as the team's users. */
export function playgroundYaml(current = 'frontline') {
  if (!demoUsers[current]) {
    throw new Error(`Unknown demo user "${current}". Choose one of: ${Object.keys(demoUsers).join(', ')}`);
  }
  const others = Object.entries(demoUsers).filter(([key]) => key !== current);
  return [
    'version: "0.1.1"',
    `tenantId: ${playgroundTenantId}`,
    `bot: { id: "${playgroundBotId}", name: ForumBot }`,
    `currentUser: ${userYaml(current, demoUsers[current])}`,
    'users:',
    ...others.map(([key, u]) => `  - ${userYaml(key, u)}`),
    `personalChat: { id: "a:personal-${demoUsers[current].id}" }`,
    'groupChat: { id: "19:forumbot-demo-group@thread.v2", name: Tingbjerg-Husum koordinering }',
    'team:',
    '  id: "19:fritidsjob-general@thread.tacv2"',
    '  name: Fritidsjobnetværket',
    '  aadGroupId: 3f9e2d1c-0b4a-4c8d-9e7f-6a5b4c3d2e1f',
    '  channels: [ { id: "19:fritidsjob-moeder@thread.tacv2", name: Møder } ]',
    '',
  ].join('\n');
}
