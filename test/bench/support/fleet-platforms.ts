// Child process of the fleet bench: N fake platforms, some hanging and some refusing
// connections, so the bench's own process (main's stand-in) pays only for polling.
// Prints one JSON line with the platforms, then serves until stdin closes.
import { startFakeFleet } from '../../fake-platform/fleet';

const [countText, hangText, refuseText] = process.argv.slice(2);
const count = Number(countText);
const hang = Number(hangText);
const refuse = Number(refuseText);

const fleet = await startFakeFleet(Array.from({ length: count }, (_, i) => `bench-${i}`));
for (let i = 0; i < hang; i++) fleet.members[i].hang();
for (let i = hang; i < hang + refuse; i++) await fleet.members[i].refuse();
process.stdout.write(
  `${JSON.stringify(fleet.members.map((member) => ({ name: member.name, url: member.platform.url, username: member.platform.principals.admin.username, password: member.platform.principals.admin.password })))}\n`,
);
process.stdin.resume();
process.stdin.on('end', () => void fleet.close().then(() => process.exit(0)));
