import { Body, Controller, Get, Headers, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { type Actor, AllowUnverified, Authenticated, CurrentActor, OptionalJwtAuthGuard } from '@kokeilu/access';
import { AuthService, EmailVerificationService, type EmailVerified, type Profile, ProfileService, type User, type VerificationSent } from '@kokeilu/identity';
import { ApiAcceptLanguage, ApiProblems, DomainError, EmptyBody, NoBody, preferredLocale } from '@kokeilu/platform';
import { EmailVerifiedDto, LoginDto, MeDto, RefreshDto, RegisterDto, TokenPairDto, UserDto, VerificationSentDto, VerifyEmailDto } from './auth.dto.js';

function userView(user: User) {
  return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, emailVerified: !!user.emailVerifiedAt, createdAt: user.createdAt };
}
import { LocalAuthGuard } from './local-auth.guard.js';

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly verifications: EmailVerificationService,
  ) {}

  @Post('register')
  @ApiCreatedResponse({ type: UserDto, description: 'The account, not verified yet: a verification e-mail (link and code) is on its way' })
  @ApiProblems(400, 409, 429)
  @ApiOperation({ summary: 'Register an account' })
  @ApiAcceptLanguage()
  async register(@Body() dto: RegisterDto, @Headers('accept-language') acceptLanguage?: string) {
    return userView(await this.auth.register({ ...dto, locale: dto.locale ?? preferredLocale(acceptLanguage, 'fi') }));
  }

  @Post('verify-email')
  @HttpCode(200)
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({
    summary: 'Prove the e-mail address with the link or the code of the verification e-mail',
    description:
      'With `token` (from the link `…/verify-email?token=…`) no sign-in is needed. With `code` the owner must be signed in (bearer token). ' +
      'Verifying an address that is already verified answers 200 again. 400 names `token` or `code` when it is wrong; 409 says why a ' +
      'verification no longer works in `reason`: `used`, `replaced` (a newer e-mail was sent), `expired`, `address_changed`, `too_many_attempts` or `none_sent`.',
    security: [{}, { bearer: [] }],
  })
  @ApiBody({ type: VerifyEmailDto })
  @ApiOkResponse({ type: EmailVerifiedDto })
  @ApiProblems(400, 401, 409, 429)
  verifyEmail(@CurrentActor() actor: Actor | null, @Body() dto: VerifyEmailDto): Promise<EmailVerified> {
    if (dto.token !== undefined && dto.code !== undefined) throw DomainError.invalid('code', 'give either token or code, not both');
    if (dto.token !== undefined) return this.verifications.verifyToken(dto.token);
    if (dto.code === undefined) throw DomainError.invalid('token', 'give the token of the link or the code of the verification e-mail');
    if (!actor) throw new DomainError('unauthenticated', 'Sign in to verify with the code, or use the link of the e-mail');
    return this.verifications.verifyCode(actor.userId, dto.code);
  }

  @Post('verify-email/resend')
  @HttpCode(202)
  @Authenticated(409, 429)
  @AllowUnverified()
  @ApiOperation({
    summary: 'Send the signed-in user another verification e-mail',
    description: 'The new e-mail replaces the earlier ones (their links and codes stop working). One a minute and five a day: sooner answers 429 with Retry-After. 409 when the address is already verified.',
  })
  @ApiAcceptedResponse({ type: VerificationSentDto })
  resendVerification(@CurrentActor() actor: Actor, @NoBody() _body: EmptyBody): Promise<VerificationSent> {
    return this.verifications.resend(actor.userId);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401, 429)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  login(@Req() request: { user: User }) {
    return this.auth.issueTokens(request.user.id);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems(400, 401, 429)
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair' })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Throttle({ default: { limit: 1000, ttl: 60_000 } })
  @ApiNoContentResponse({ description: 'The sign-in of this refresh token has ended' })
  @ApiProblems(400)
  @ApiOperation({ summary: 'Sign out: end the sign-in of a refresh token' })
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }
}

@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeDto })
  @ApiOperation({ summary: 'The signed-in user, with roles and organisations' })
  me(@CurrentActor() actor: Actor): Promise<Profile> {
    return this.profiles.profile(actor.userId);
  }
}
