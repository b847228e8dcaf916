import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { type Actor, AllowUnverified, Authenticated, CurrentActor, OptionalJwtAuthGuard } from '@kokeilu/access';
import { AuthService, EmailVerificationService, type EmailVerified, type Profile, ProfileService, type TokenPair, type User, type VerificationSent } from '@kokeilu/identity';
import { ApiAcceptLanguage, APP_CONFIG, type AppConfig, ApiProblems, DomainError, EmptyBody, NoBody, preferredLocale } from '@kokeilu/platform';
import { EmailVerifiedDto, LoginDto, MeDto, RefreshDto, RegisterDto, TokenPairDto, UserDto, VerificationSentDto, VerifyEmailDto } from './auth.dto.js';
import { clearedCookieOptions, REFRESH_COOKIE, refreshCookieOptions, SESSION_HEADER, wantsCookieSession } from './session-cookie.js';

type TokenPairView = Omit<TokenPair, 'refreshToken'> & { refreshToken: string | null };

function userView(user: User) {
  return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, emailVerified: !!user.emailVerifiedAt, createdAt: user.createdAt };
}
import { LocalAuthGuard } from './local-auth.guard.js';

const SESSION_HEADER_DOC = {
  name: 'X-Session',
  required: false,
  enum: ['cookie'],
  description:
    'For browsers: `cookie` keeps the refresh token in the httpOnly cookie `kokeilu_refresh` (SameSite=Strict, Path=/api/v1/auth, Secure when the API is served over https) ' +
    'instead of the JSON body. Left out, the tokens travel in the body.',
};

const SET_COOKIE_DOC = {
  'Set-Cookie': {
    description: 'With `X-Session: cookie`: `kokeilu_refresh=<refresh token>; Max-Age=<refresh lifetime>; Path=/api/v1/auth; HttpOnly; SameSite=Strict` (and `Secure` over https)',
    schema: { type: 'string' },
  },
} as const;

@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly verifications: EmailVerificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
  @ApiHeader(SESSION_HEADER_DOC)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({
    type: TokenPairDto,
    headers: SET_COOKIE_DOC,
    description: 'Signed in. With `X-Session: cookie` the refresh token is set as the cookie `kokeilu_refresh` and `refreshToken` is null.',
  })
  @ApiProblems(400, 401, 429)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  async login(@Req() request: FastifyRequest & { user: User }, @Res({ passthrough: true }) reply: FastifyReply) {
    const cookie = wantsCookieSession(request.headers[SESSION_HEADER]);
    return this.answer(await this.auth.issueTokens(request.user.id), cookie, reply);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiHeader(SESSION_HEADER_DOC)
  @ApiOkResponse({
    type: TokenPairDto,
    headers: SET_COOKIE_DOC,
    description: 'A new token pair; the refresh token presented is spent. With `X-Session: cookie` (and a body of `{}`) the refresh token is read from the cookie and the new one replaces it.',
  })
  @ApiProblems(400, 401, 429)
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair' })
  async refresh(@Body() dto: RefreshDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const cookie = wantsCookieSession(request.headers[SESSION_HEADER]);
    const token = this.presentedToken(dto, cookie, request);
    if (!token) throw new DomainError('unauthenticated', 'No refresh cookie: sign in again');
    try {
      return this.answer(await this.auth.refresh(token), cookie, reply);
    } catch (error) {
      // A cookie that no longer works is of no use to keep.
      if (cookie) void reply.clearCookie(REFRESH_COOKIE, clearedCookieOptions(this.config.PUBLIC_URL));
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Throttle({ default: { limit: 1000, ttl: 60_000 } })
  @ApiHeader(SESSION_HEADER_DOC)
  @ApiNoContentResponse({
    description: 'The sign-in of this refresh token has ended. With `X-Session: cookie` (and a body of `{}`) the token is read from the cookie, and the cookie is cleared.',
    headers: { 'Set-Cookie': { description: 'With `X-Session: cookie`: `kokeilu_refresh=` expired at once', schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  @ApiOperation({ summary: 'Sign out: end the sign-in of a refresh token' })
  async logout(@Body() dto: RefreshDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const cookie = wantsCookieSession(request.headers[SESSION_HEADER]);
    const token = this.presentedToken(dto, cookie, request);
    if (cookie) void reply.clearCookie(REFRESH_COOKIE, clearedCookieOptions(this.config.PUBLIC_URL));
    if (token) await this.auth.logout(token);
  }

  /**
   * The refresh token of the request: the cookie's in cookie mode (where a token in the body is
   * refused, so that a client cannot mix the two), else the body's, which is then required.
   */
  private presentedToken(dto: RefreshDto, cookie: boolean, request: FastifyRequest): string | undefined {
    if (cookie) {
      if (dto.refreshToken !== undefined) throw DomainError.invalid('refreshToken', 'must be left out with X-Session: cookie (the cookie carries it)');
      return request.cookies[REFRESH_COOKIE] || undefined;
    }
    if (dto.refreshToken === undefined) throw DomainError.invalid('refreshToken', 'is required');
    return dto.refreshToken;
  }

  /** The token pair as the client asked for it: all in the body, or the refresh token in the cookie. */
  private answer(tokens: TokenPair, cookie: boolean, reply: FastifyReply): TokenPairView {
    if (!cookie) return tokens;
    void reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, refreshCookieOptions(this.config.PUBLIC_URL, this.config.REFRESH_TTL_DAYS));
    return { ...tokens, refreshToken: null };
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
