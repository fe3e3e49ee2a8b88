import { compileView } from '../engine';
import type { PageBase } from '../../web-pages';

export interface SignInModel {
  username: string;
  next: string;
  error: string;
  /** The error is about what was typed (a wrong name or password), not a wait or a ban. */
  invalid?: boolean;
  notice: string;
  /** A form posted after the session ended, carried through the sign-in (see resume.ts). */
  carry?: string;
}

export const signInView = compileView<SignInModel & PageBase>(`
<div class="signin">
<h1>เข้าสู่ระบบสารบรรณอิเล็กทรอนิกส์</h1>
{{#if notice}}<p class="flash flash-info" role="status">{{notice}}</p>{{/if}}
{{#if error}}<div class="flash flash-error error-summary" role="alert" id="form-errors" tabindex="-1" autofocus><p id="signin-error">{{error}}</p></div>{{/if}}
<form method="post" action="/signin" class="stack">
{{> csrf}}
{{#if next}}<input type="hidden" name="next" value="{{next}}">{{/if}}
{{#if carry}}<input type="hidden" name="carry" value="{{carry}}">{{/if}}
<div class="field">
<label for="username">ชื่อผู้ใช้</label>
<input id="username" name="username" type="text" value="{{username}}" autocomplete="username" autocapitalize="none" spellcheck="false" required{{#if error}}{{#if invalid}} aria-invalid="true"{{/if}} aria-describedby="signin-error"{{/if}}>
</div>
<div class="field">
<label for="password">รหัสผ่าน</label>
<input id="password" name="password" type="password" autocomplete="current-password" required{{#if error}}{{#if invalid}} aria-invalid="true"{{/if}} aria-describedby="signin-error"{{/if}}>
</div>
<button type="submit" class="button primary wide">เข้าสู่ระบบ</button>
</form>
</div>
`);
