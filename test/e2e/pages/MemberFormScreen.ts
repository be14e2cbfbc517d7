import type { MemberRole } from '../../../shared/model';
import { labelled } from './labelled';
import type { Screen } from './screen';

export interface MemberFields {
  name: string;
  nameForHosts?: string;
  affiliationKo?: string;
  affiliationJa?: string;
  role?: MemberRole;
  email?: string;
  phone?: string;
}

export class MemberFormScreen {
  constructor(private readonly app: Screen) {}

  private get form() {
    return this.app.page.locator('form');
  }

  private field(key: string) {
    return labelled(this.form, this.app.t('members', key));
  }

  async fill(member: MemberFields): Promise<void> {
    await this.field('form.name').fill(member.name);
    if (member.nameForHosts) await this.field('form.nameForHosts').fill(member.nameForHosts);
    if (member.affiliationKo) await this.field('form.affiliation.ko').fill(member.affiliationKo);
    if (member.affiliationJa) await this.field('form.affiliation.ja').fill(member.affiliationJa);
    if (member.role) await this.chooseRole(member.role);
    if (member.email) await this.field('form.email').fill(member.email);
    if (member.phone) await this.field('form.phone').fill(member.phone);
  }

  async chooseRole(role: MemberRole): Promise<void> {
    await this.form.getByRole('radio', { name: this.app.t('members', `roles.${role}`) }).check();
  }

  async add(member: MemberFields): Promise<void> {
    await this.fill(member);
    await this.form.getByRole('button', { name: this.app.t('members', 'form.add'), exact: true }).click();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: this.app.t('members', 'form.save'), exact: true }).click();
  }

  async addAndContinue(member: MemberFields): Promise<void> {
    await this.fill(member);
    await this.form.getByRole('button', { name: this.app.t('members', 'form.addAnother') }).click();
    await this.app.page.getByRole('status').filter({ hasText: member.name }).waitFor();
  }
}
